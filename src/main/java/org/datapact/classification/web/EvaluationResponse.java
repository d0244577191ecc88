package org.datapact.classification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.datapact.classification.Level;

/** The classification of each dataset and of the project, with the reasons. */
@Schema(description = "Each dataset's level with the rules that fired and why, the combinations found between "
		+ "pairs of datasets, and the project level")
record EvaluationResponse(@Schema(description = "The rule set version that decided") RuleSetReference ruleSet,
		@Schema(description = "The highest level of any dataset") Level projectLevel,
		@Schema(description = "The project level in the request's language",
				example = "Confidential") String projectLevelLabel,
		@Schema(description = "In the order of the request") List<DatasetResult> datasets,
		@Schema(description = "Pairs of datasets that are sensitive together, by rule then dataset ids") List<CombinationResult> combinations) {

	record RuleSetReference(@Schema(example = "iom-table-a-default") String id, @Schema(example = "1") int version) {

	}

	@Schema(description = "One dataset's classification")
	record DatasetResult(String id, @Schema(description = "The dataset's name answer", nullable = true) String name,
			@Schema(description = "The highest of its own fired rules and of its combinations; PUBLIC when nothing "
					+ "fired") Level level,
			@Schema(example = "Confidential") String levelLabel,
			@Schema(description = "The level its own answers give, before combinations") Level ownLevel,
			@Schema(description = "Highest level first") List<FiredRuleResult> firedRules,
			@Schema(description = "Combinations this dataset is part of") List<CombinationReference> combinations) {

	}

	@Schema(description = "A rule whose condition held")
	record FiredRuleResult(@Schema(description = "The rule's stable key") String rule, Level level,
			@Schema(description = "What the rule is about, in the request's language") String description,
			@Schema(description = "Why the dataset is at least at this level, in the request's language") String explanation,
			@Schema(example = "IOM DTM guideline, Table A: Secret") String reference,
			@Schema(description = "The answers that made the rule fire, by question key (null: unanswered), "
					+ "and project.country or project.contexts for rules that depend on them") Map<String, Object> inputs) {

	}

	@Schema(description = "A combination a dataset is part of")
	record CombinationReference(String rule, Level level, @Schema(description = "The other dataset's id") String with) {

	}

	@Schema(description = "Two linkable datasets that together meet a combination rule; both are raised to its level")
	record CombinationResult(String rule, Level level,
			@Schema(description = "The two dataset ids") List<String> datasets, String description, String explanation,
			String reference, @Schema(description = "Linkage keys both datasets list") List<String> sharedLinkageKeys,
			@Schema(description = "For each dataset id, the answers that made the rule fire") Map<String, Map<String, Object>> inputs) {

	}

}
