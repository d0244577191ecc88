package org.datapact.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log as stored; {@code keyId} names the key of its HMAC (null for
 * entries from before keys).
 */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorLabel, String action,
		String entityType, String entityId, UUID organisationId, String address, String outcome, String details,
		String previousHash, String hash, String keyId) {

}
