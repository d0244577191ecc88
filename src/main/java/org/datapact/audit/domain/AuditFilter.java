package org.datapact.audit.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What an admin narrows the audit log to; every part is optional. */
public record AuditFilter(UUID userId, UUID organisationId, String entityType, String entityId, String action,
		LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

}
