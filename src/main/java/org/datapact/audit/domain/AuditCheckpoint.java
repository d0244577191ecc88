package org.datapact.audit.domain;

import java.time.Instant;

/**
 * The head of the audit chain at one moment (its last sequence number and hash), signed
 * with the audit key. Saved outside DataPact (a file, a ticket, a log), it later shows
 * whether entries were removed from the end of the log or the chain was recomputed.
 */
public record AuditCheckpoint(long seq, String hash, Instant createdAt, String keyId, String signature) {

	static String signed(long seq, String hash, Instant createdAt) {
		return "datapact-audit-checkpoint|" + seq + "|" + hash + "|" + createdAt;
	}

}
