package org.datapact.questionnaire.domain;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A submitted revision and its review, as lists show it. */
public record RevisionSummary(int number, Instant submittedAt, String submittedBy,
		@Schema(description = "The review's outcome; null until reviewed") @Nullable ReviewOutcome outcome,
		@Nullable Instant reviewedAt, @Nullable String reviewedBy, @Nullable String reviewNote) {
}
