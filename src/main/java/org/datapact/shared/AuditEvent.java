package org.datapact.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Something worth recording in the audit log. Any module publishes it with the
 * application event publisher; the audit module appends it to the hash-chained log inside
 * the publisher's transaction, so a change and its audit entry commit or roll back
 * together. People are named by id only: {@code actorLabel} is kept beside the hashed
 * payload so that it can be shown, never hashed. The action is one of {@link AuditAction}
 * and the entity type one of {@link AuditEntityType}'s names.
 *
 * <p>
 * Two kinds of events are delivered otherwise: a {@linkplain #refusal() refusal} (a
 * rejected password, a refused approval, a denied read) is written at once in its own
 * transaction, so that rolling back the refused action does not erase it; and
 * {@linkplain #noise() noise} from callers nobody knows (a bad token, a throttled
 * sign-in) is counted, with a few samples written, instead of one entry per request.
 */
public record AuditEvent(String action, String entityType, String entityId, UUID organisationId, UUID actorId,
		String actorLabel, Outcome outcome, String details, Delivery delivery) {

	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

	/** How the audit log receives the event. */
	public enum Delivery {

		/** Written as the publisher's transaction commits (at once without one). */
		WITH_TRANSACTION,

		/**
		 * Written at once in a transaction of its own: survives the publisher's rollback.
		 */
		INDEPENDENT,

		/** Counted and sampled: a summary entry per kind and period. */
		SAMPLED

	}

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(delivery, "delivery");
		// the closed sets the API document lists: an action or a kind of record not named
		// there is a programming error, refused where it is made
		AuditAction.valueOf(action);
		if (entityType != null && AuditEntityType.of(entityType).isEmpty()) {
			throw new IllegalArgumentException("Unknown audit entity type: " + entityType);
		}
	}

	public AuditEvent(String action, String entityType, String entityId, UUID organisationId, UUID actorId,
			String actorLabel, Outcome outcome, String details) {
		this(action, entityType, entityId, organisationId, actorId, actorLabel, outcome, details,
				Delivery.WITH_TRANSACTION);
	}

	public static AuditEvent success(CurrentUser actor, String action, String entityType, Object entityId,
			UUID organisationId) {
		return new AuditEvent(action, entityType, String.valueOf(entityId), organisationId, actor.id(), null,
				Outcome.SUCCESS, null);
	}

	/**
	 * A refused action by a known person, written whatever becomes of the transaction.
	 */
	public static AuditEvent refused(CurrentUser actor, String action, String entityType, Object entityId,
			UUID organisationId, String details) {
		return new AuditEvent(action, entityType, (entityId != null) ? String.valueOf(entityId) : null, organisationId,
				actor.id(), null, Outcome.DENIED, details, Delivery.INDEPENDENT);
	}

	public AuditEvent withDetails(String details) {
		return new AuditEvent(this.action, this.entityType, this.entityId, this.organisationId, this.actorId,
				this.actorLabel, this.outcome, details, this.delivery);
	}

	/** The same event written at once in its own transaction. */
	public AuditEvent refusal() {
		return new AuditEvent(this.action, this.entityType, this.entityId, this.organisationId, this.actorId,
				this.actorLabel, this.outcome, this.details, Delivery.INDEPENDENT);
	}

	/** The same event counted and sampled rather than written each time. */
	public AuditEvent noise() {
		return new AuditEvent(this.action, this.entityType, this.entityId, this.organisationId, this.actorId,
				this.actorLabel, this.outcome, this.details, Delivery.SAMPLED);
	}

}
