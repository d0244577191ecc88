package org.datapact.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.datapact.shared.crypto.Secrets;

/**
 * The chain: each entry's hash covers its own fields and the previous entry's hash. The
 * display label of the actor is left out on purpose, so that erasing a person's details
 * keeps the chain intact.
 */
final class AuditHashes {

	static final String GENESIS = "0".repeat(64);

	private AuditHashes() {
	}

	static String hash(long seq, Instant occurredAt, UUID actorId, String action, String entityType, String entityId,
			UUID organisationId, String address, String outcome, String details, String previousHash) {
		return Secrets.sha256Hex(field(new StringBuilder(), Long.toString(seq))
			.append(body(occurredAt, actorId, action, entityType, entityId, organisationId, address, outcome, details))
			.append(field(new StringBuilder(), previousHash))
			.toString());
	}

	/**
	 * The hashed fields between the sequence number and the previous hash. The log hands
	 * them to the database, which adds those two under the chain's lock (see
	 * {@code AuditLog}); {@link #hash} gives the same result.
	 */
	static String body(Instant occurredAt, UUID actorId, String action, String entityType, String entityId,
			UUID organisationId, String address, String outcome, String details) {
		StringBuilder payload = new StringBuilder();
		field(payload, occurredAt.toString());
		field(payload, actorId);
		field(payload, action);
		field(payload, entityType);
		field(payload, entityId);
		field(payload, organisationId);
		field(payload, address);
		field(payload, outcome);
		field(payload, details);
		return payload.toString();
	}

	static String hash(AuditEntry entry) {
		return hash(entry.seq(), entry.occurredAt(), entry.actorId(), entry.action(), entry.entityType(),
				entry.entityId(), entry.organisationId(), entry.address(), entry.outcome(), entry.details(),
				entry.previousHash());
	}

	/** Length-prefixed so that no two different field lists give the same payload. */
	private static StringBuilder field(StringBuilder payload, Object value) {
		String text = Objects.toString(value, "\u0000");
		return payload.append(text.length()).append(':').append(text).append('|');
	}

}
