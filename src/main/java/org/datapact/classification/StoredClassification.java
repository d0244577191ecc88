package org.datapact.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One stored classification run of a project: the rule set version that produced it, the
 * context it saw, the project level (computed, and final after overrides), every
 * dataset's result, the combinations found, the review-by date (the earliest of its
 * datasets'), when and why it ran ({@code trigger}: {@code submitted}, {@code accepted},
 * {@code on-demand}, {@code context}, {@code override}, {@code rules}) and who asked
 * (null for the system).
 */
public record StoredClassification(UUID runId, UUID projectId, String ruleSetId, int ruleSetVersion,
		int questionnaireRevision, Level computedLevel, Level projectLevel, List<StoredDataset> datasets,
		List<CombinationFinding> combinations, LocalDate reviewBy, Instant evaluatedAt, RunTrigger trigger,
		UUID actorId, String country, Set<String> contexts) {

	public StoredClassification {
		datasets = List.copyOf(datasets);
		combinations = List.copyOf(combinations);
		contexts = Set.copyOf(contexts);
	}

	public Optional<StoredDataset> dataset(String datasetId) {
		return this.datasets.stream().filter((d) -> d.datasetId().equals(datasetId)).findFirst();
	}

	/** Whether the review-by date has passed on the given day. */
	public boolean overdueOn(LocalDate today) {
		return this.reviewBy.isBefore(today);
	}

	/**
	 * One dataset's stored result: the computed level (the rule engine's), the final
	 * level (after a standing override, if any), its own level, the rules that fired with
	 * their inputs, the combination findings it is part of, the rule set's default level
	 * when no rule determined it, the override applied (if any), a note
	 * ({@code override_needs_reconfirmation} when the computed level changed under an
	 * override, which then no longer applies) and whether it waits for a scoper to
	 * confirm a level that no rule determined (no standing override confirms it).
	 */
	public record StoredDataset(String datasetId, String name, Level computedLevel, Level finalLevel, Level ownLevel,
			List<FiredRule> firedRules, List<CombinationMembership> combinations, DefaultLevel defaultLevel,
			UUID overrideId, String overrideNote, LocalDate reviewBy, boolean needsConfirmation) {

		public StoredDataset {
			firedRules = List.copyOf(firedRules);
			combinations = List.copyOf(combinations);
		}

		public boolean overridden() {
			return this.overrideId != null;
		}

		/** Whether the level came from the rule set's default rather than a rule. */
		public boolean undetermined() {
			return this.defaultLevel != null;
		}

	}

}
