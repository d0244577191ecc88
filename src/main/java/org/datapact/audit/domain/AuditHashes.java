package org.datapact.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.datapact.shared.crypto.Secrets;

/**
 * The chain: each entry's hash covers its sequence number, its own fields and the
 * previous entry's hash, keyed with an HMAC under an {@link AuditKeys audit key}. The
 * display label of the actor is left out on purpose, so that erasing a person's details
 * keeps the chain intact. Entries written before keys existed carry plain SHA-256 hashes
 * of the same payload.
 */
final class AuditHashes {

	static final String GENESIS = "0".repeat(64);

	private AuditHashes() {
	}

	/** What is hashed: length-prefixed fields, so no two field lists read the same. */
	static String payload(long seq, Instant occurredAt, UUID actorId, String action, String entityType, String entityId,
			UUID organisationId, String address, String outcome, String details, String previousHash) {
		StringBuilder payload = new StringBuilder();
		field(payload, Long.toString(seq));
		field(payload, occurredAt.toString());
		field(payload, actorId);
		field(payload, action);
		field(payload, entityType);
		field(payload, entityId);
		field(payload, organisationId);
		field(payload, address);
		field(payload, outcome);
		field(payload, details);
		field(payload, previousHash);
		return payload.toString();
	}

	static String payload(AuditEntry entry) {
		return payload(entry.seq(), entry.occurredAt(), entry.actorId(), entry.action(), entry.entityType(),
				entry.entityId(), entry.organisationId(), entry.address(), entry.outcome(), entry.details(),
				entry.previousHash());
	}

	/**
	 * The hash the entry should carry: the HMAC under its key, the plain SHA-256 for an
	 * entry from before keys; empty when its key is not configured.
	 */
	static Optional<String> expected(AuditEntry entry, AuditKeys keys) {
		String payload = payload(entry);
		return (entry.keyId() == null) ? Optional.of(Secrets.sha256Hex(payload)) : keys.mac(entry.keyId(), payload);
	}

	private static void field(StringBuilder payload, Object value) {
		String text = Objects.toString(value, "\u0000");
		payload.append(text.length()).append(':').append(text).append('|');
	}

}
