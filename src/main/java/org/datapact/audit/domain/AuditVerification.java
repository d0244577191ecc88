package org.datapact.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the chain: how many entries were checked, the first broken
 * one, and, when a saved checkpoint was given, what it says about the log's end.
 */
public record AuditVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq, Instant verifiedAt,
		@Nullable CheckpointCheck checkpoint) {

	/**
	 * A saved checkpoint against today's log: whether DataPact signed it, whether the
	 * entry it names is still there with the same hash, and how many entries up to it are
	 * missing from the end of the log (a truncation).
	 */
	public record CheckpointCheck(long seq, boolean signatureValid, boolean entryMatches, long missingFromEnd) {

		public boolean holds() {
			return this.signatureValid && this.entryMatches && this.missingFromEnd == 0;
		}

	}

}
