package org.datapact.audit.domain;

import java.time.Instant;

/**
 * The outcome of re-computing the chain: how many entries were checked and the first
 * broken one.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Instant verifiedAt) {

}
