package org.datapact.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the chain: how many entries were checked and the first
 * broken one.
 */
public record AuditVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
		Instant verifiedAt) {

}
