package org.datapact.classification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.datapact.classification.Level;
import org.jspecify.annotations.Nullable;

/** The classification of each dataset and of the project, with the reasons. */
@Schema(description = "Each dataset's level with the rules that fired and why, the combination rules that raised "
		+ "datasets (one entry per rule with the datasets involved), and the project level")
record EvaluationResponse(@Schema(description = "The rule set version that decided") RuleSetReference ruleSet,
		@Schema(description = "The highest level of any dataset") Level projectLevel,
		@Schema(description = "The project level in the request's language",
				example = "Confidential") String projectLevelLabel,
		@Schema(description = "In the order of the request") List<DatasetResult> datasets,
		@Schema(description = "One entry per combination rule that raised datasets, in rule key order") List<CombinationResult> combinations) {

	record RuleSetReference(@Schema(example = "iom-table-a-default") String id, @Schema(example = "1") int version) {

	}

	@Schema(description = "One dataset's classification")
	record DatasetResult(String id, @Schema(description = "The dataset's name answer") @Nullable String name,
			@Schema(description = "The highest of its own level and of its combinations") Level level,
			@Schema(example = "Confidential") String levelLabel,
			@Schema(description = "The level its own answers give, before combinations: the highest of its fired "
					+ "rules, or the rule set's default level when no rule fired") Level ownLevel,
			@Schema(description = "Highest level first") List<FiredRuleResult> firedRules,
			@Schema(description = "True when no rule determined the dataset's level: it has the rule set's default "
					+ "level and needs a scoper's confirmation") boolean needsConfirmation,
			@Schema(description = "Why the dataset has the rule set's default level; null when a rule fired") @Nullable DefaultLevelResult defaultLevel,
			@Schema(description = "The combination rules this dataset is part of; each names an entry of the "
					+ "response's combinations") List<CombinationReference> combinations) {

	}

	@Schema(description = "The rule set's default level, given to a dataset that no rule determines (Public is "
			+ "only ever a rule's finding)")
	record DefaultLevelResult(Level level, @Schema(description = "In the request's language") String description,
			@Schema(description = "In the request's language") String explanation, String reference) {

		static DefaultLevelResult of(org.datapact.classification.DefaultLevel level, java.util.Locale locale) {
			return (level != null) ? new DefaultLevelResult(level.level(), level.description().in(locale),
					level.explanation().in(locale), level.reference()) : null;
		}

	}

	@Schema(description = "A rule whose condition held")
	record FiredRuleResult(@Schema(description = "The rule's stable key") String rule, Level level,
			@Schema(description = "What the rule is about, in the request's language") String description,
			@Schema(description = "Why the dataset is at least at this level, in the request's language") String explanation,
			@Schema(example = "IOM DTM guideline, Table A: Secret") String reference,
			@Schema(description = "The answers that made the rule fire, by question key (null: unanswered), "
					+ "and project.country or project.contexts for rules that depend on them") Map<String, Object> inputs) {

	}

	@Schema(description = "A combination rule a dataset is part of")
	record CombinationReference(@Schema(description = "The combination rule's key; the response's combinations "
			+ "list the other datasets involved") String rule, Level level) {

	}

	@Schema(description = "The datasets a combination rule raises to its level: each can be linked with at least "
			+ "one other that, together with it, meets the rule")
	record CombinationResult(String rule, Level level,
			@Schema(description = "The ids of the datasets involved, in id order (at least two)") List<String> datasets,
			String description, String explanation, String reference,
			@Schema(description = "Linkage keys that at least two of the datasets list") List<String> sharedLinkageKeys,
			@Schema(description = "For each dataset id, the answers that made the rule fire for it") Map<String, Map<String, Object>> inputs) {

	}

}
