package org.datapact.questionnaire.domain;

import java.time.Instant;

/** A submitted revision and its review, as lists show it. */
public record RevisionSummary(int number, Instant submittedAt, String submittedBy, String outcome, Instant reviewedAt,
		String reviewedBy, String reviewNote) {
}
