package org.datapact.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.audit.domain.AuditFilter;

import org.springframework.format.annotation.DateTimeFormat;

record AuditFilterForm(UUID userId, UUID organisationId,
		@Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String entityType,
		@Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String entityId,
		@Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	static final AuditFilterForm EMPTY = new AuditFilterForm(null, null, null, null, null, null, null);

	AuditFilter filter() {
		return new AuditFilter(this.userId, this.organisationId, this.entityType, this.entityId, this.action, this.from,
				this.to);
	}

}
