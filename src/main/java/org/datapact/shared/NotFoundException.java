package org.datapact.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so
 * that nobody learns whether another organisation's record exists. When the record exists
 * but belongs to an organisation the viewer may not see ({@link #hiddenFrom}), the answer
 * is the same but the denied attempt is audited.
 */
public class NotFoundException extends RuntimeException {

	private final transient AuditEvent denial;

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " not found");
		this.denial = null;
	}

	private NotFoundException(String entityType, Object id, AuditEvent denial) {
		super(entityType + " " + id + " not found");
		this.denial = denial;
	}

	/**
	 * The record exists, but in an organisation the viewer may not see: answered like a
	 * missing one, and audited as a denied access.
	 */
	public static NotFoundException hiddenFrom(CurrentUser viewer, String entityType, Object id,
			UUID owningOrganisation) {
		return new NotFoundException(entityType, id,
				AuditEvent.refused(viewer, "ACCESS_DENIED", entityType, id, owningOrganisation, null));
	}

	/**
	 * The denied access to audit, when the record exists but is hidden from the viewer.
	 */
	public Optional<AuditEvent> denial() {
		return Optional.ofNullable(this.denial);
	}

}
