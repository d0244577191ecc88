package org.datapact.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored classification run as the history lists it: when and why it ran, who asked
 * (null for the system), the rule set version, the questionnaire revision it read, and
 * the project's levels; its datasets are read with the run itself.
 */
public record RunSummary(UUID runId, Instant evaluatedAt, RunTrigger trigger, @Nullable UUID actorId, String ruleSetId,
		int ruleSetVersion, int questionnaireRevision, Level computedLevel, Level projectLevel,
		@Nullable LocalDate reviewBy) {

}
