package org.datapact.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Something worth recording in the audit log. Any module publishes it with the
 * application event publisher; the audit module appends it to the hash-chained log inside
 * the publisher's transaction, so a change and its audit entry commit or roll back
 * together. People are named by id only: {@code actorLabel} is kept beside the hashed
 * payload so that it can be shown, never hashed.
 */
public record AuditEvent(String action, String entityType, String entityId, UUID organisationId, UUID actorId,
		String actorLabel, Outcome outcome, String details) {

	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
	}

	public static AuditEvent success(CurrentUser actor, String action, String entityType, Object entityId,
			UUID organisationId) {
		return new AuditEvent(action, entityType, String.valueOf(entityId), organisationId, actor.id(), null,
				Outcome.SUCCESS, null);
	}

	public AuditEvent withDetails(String details) {
		return new AuditEvent(this.action, this.entityType, this.entityId, this.organisationId, this.actorId,
				this.actorLabel, this.outcome, details);
	}

}
