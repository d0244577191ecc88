package org.datapact.classification;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.datapact.classification.domain.RuleSets;
import org.datapact.classification.engine.CombinationRule;
import org.datapact.classification.engine.CompiledRuleSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.classification.Datasets.dataset;
import static org.datapact.classification.Datasets.date;
import static org.datapact.classification.Datasets.list;
import static org.datapact.classification.Datasets.set;
import static org.datapact.classification.Datasets.with;
import static org.datapact.classification.Level.CONFIDENTIAL;
import static org.datapact.classification.Level.PUBLIC;
import static org.datapact.classification.Level.SECRET;

/**
 * The default rule set's combination rules: sensitivity is relational (seed 003). Each
 * rule fires for a linkable pair, names the pair and raises both, and does not fire when
 * the linkage test fails.
 */
class CombinationRulesTest {

	static final CompiledRuleSet RULES = CompiledRuleSet.compile(RuleSets.loadDefault());

	static final ProjectContext KENYA = ProjectContext.of("KE", Set.of());

	/** Feelings of safety per location: not sensitive on its own. */
	static final DatasetFacts SAFETY = dataset("safety", "name", "Feelings of safety per site", "aggregation",
			"aggregated", "location_granularity", "site", "topics", set("perceived_safety"), "protection_data", "no",
			"security_data", "no", "case_management_data", "no", "smallest_count", 12, "collection_start",
			date("2025-01-01"), "collection_end", date("2025-03-31"));

	/** Presence of armed actors per location. */
	static final DatasetFacts ARMED_ACTORS = dataset("armed-actors", "name", "Presence of armed actors per site",
			"aggregation", "aggregated", "location_granularity", "site", "topics", set("armed_actors"), "security_data",
			"yes", "collection_start", date("2025-02-01"), "collection_end", date("2025-02-28"));

	@Test
	void feelingsOfSafetyAndArmedActorsPerLocationRaiseBoth() {
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(SAFETY, ARMED_ACTORS));
		assertThat(evaluation.combinations()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleKey()).isEqualTo("perceived_safety_with_armed_actors");
			assertThat(finding.level()).isEqualTo(CONFIDENTIAL);
			// named in id order
			assertThat(finding.datasetIds()).containsExactly("armed-actors", "safety");
			assertThat(finding.inputsOf("safety")).containsEntry("topics", List.of("perceived_safety"))
				.containsEntry("location_granularity", "site")
				.containsEntry("collection_start", date("2025-01-01"));
			assertThat(finding.inputsOf("armed-actors")).containsEntry("topics", List.of("armed_actors"))
				.containsEntry("security_data", "yes");
			assertThat(finding.explanation().texts().get("fr")).isNotBlank();
		});
		DatasetClassification safety = evaluation.dataset("safety").orElseThrow();
		assertThat(safety.ownLevel()).isEqualTo(PUBLIC);
		assertThat(safety.level()).isEqualTo(CONFIDENTIAL);
		assertThat(safety.raisedByCombination()).isTrue();
		assertThat(safety.combinations())
			.containsExactly(new CombinationMembership("perceived_safety_with_armed_actors", CONFIDENTIAL));
		assertThat(evaluation.dataset("armed-actors").orElseThrow().level()).isEqualTo(CONFIDENTIAL);
		assertThat(evaluation.projectLevel()).isEqualTo(CONFIDENTIAL);
	}

	@Test
	void safetyAloneStaysPublic() {
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(SAFETY));
		assertThat(evaluation.projectLevel()).isEqualTo(PUBLIC);
		assertThat(evaluation.combinations()).isEmpty();
	}

	@Test
	void collectionPeriodsThatDoNotOverlapDoNotLink() {
		DatasetFacts later = with(with(ARMED_ACTORS, "collection_start", date("2025-06-01")), "collection_end",
				date("2025-06-30"));
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(SAFETY, later));
		assertThat(evaluation.combinations()).isEmpty();
		assertThat(evaluation.dataset("safety").orElseThrow().level()).isEqualTo(PUBLIC);
	}

	@Test
	void unknownCollectionPeriodsCountAsOverlapping() {
		DatasetFacts undated = with(with(ARMED_ACTORS, "collection_start", null), "collection_end", null);
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(SAFETY, undated));
		assertThat(evaluation.combinations()).extracting(CombinationFinding::ruleKey)
			.containsExactly("perceived_safety_with_armed_actors");
		assertThat(evaluation.combinations().get(0).inputsOf("armed-actors")).containsEntry("collection_start", null);
	}

	@Test
	void provincialFiguresDoNotCombine() {
		DatasetFacts provincial = with(SAFETY, "location_granularity", "admin1");
		assertThat(RULES.evaluate(KENYA, list(provincial, ARMED_ACTORS)).combinations()).isEmpty();
	}

	@Test
	void unaccompaniedChildrenNearArmedActorsOnTheSameSitesAreSecret() {
		DatasetFacts children = dataset("uasc", "aggregation", "aggregated", "location_granularity", "site",
				"vulnerable_groups", set("unaccompanied_separated_children"), "protection_data", "yes",
				"smallest_count", 8, "linkage_keys", set("site_id"));
		DatasetFacts actors = with(ARMED_ACTORS, "linkage_keys", set("site_id", "location_pcode"));
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(children, actors));
		assertThat(evaluation.combinations()).extracting(CombinationFinding::ruleKey)
			.containsExactly("at_risk_groups_with_armed_actors");
		CombinationFinding finding = evaluation.combinations().get(0);
		assertThat(finding.sharedLinkageKeys()).containsExactly("site_id");
		assertThat(finding.level()).isEqualTo(SECRET);
		assertThat(evaluation.dataset("uasc").orElseThrow().ownLevel()).isEqualTo(CONFIDENTIAL);
		assertThat(evaluation.dataset("uasc").orElseThrow().level()).isEqualTo(SECRET);
		assertThat(evaluation.dataset("armed-actors").orElseThrow().level()).isEqualTo(SECRET);

		DatasetFacts unkeyed = with(children, "linkage_keys", set("none"));
		assertThat(RULES.evaluate(KENYA, list(unkeyed, actors)).combinations()).isEmpty();
	}

	@Test
	void indirectIdentifiersSplitAcrossLinkedRecordsAddUp() {
		DatasetFacts survey = dataset("survey", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("none"), "indirect_identifiers", set("age", "sex"), "linkage_keys",
				set("household_id", "location_pcode"));
		DatasetFacts registry = dataset("registry", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("none"), "indirect_identifiers", set("nationality"), "linkage_keys",
				set("household_id"));
		// alone, no rule determines them: the default level, for a scoper to confirm
		assertThat(RULES.evaluate(KENYA, list(survey)).datasets().get(0).needsConfirmation()).isTrue();
		assertThat(RULES.evaluate(KENYA, list(registry)).projectLevel()).isEqualTo(CONFIDENTIAL);

		ProjectEvaluation together = RULES.evaluate(KENYA, list(survey, registry));
		assertThat(together.combinations()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleKey()).isEqualTo("linked_quasi_identifiers");
			assertThat(finding.datasetIds()).containsExactly("registry", "survey");
			assertThat(finding.sharedLinkageKeys()).containsExactly("household_id");
			assertThat(finding.inputsOf("registry")).containsEntry("indirect_identifiers", List.of("nationality"))
				.containsEntry("linkage_keys", List.of("household_id"));
			assertThat(finding.inputsOf("survey")).containsEntry("indirect_identifiers", List.of("age", "sex"));
		});
		assertThat(together.datasets()).extracting(DatasetClassification::level).containsOnly(SECRET);
	}

	@Test
	void recordsLinkedToADirectlyIdentifyingDatasetBecomeSecret() {
		DatasetFacts names = dataset("names", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("names"), "linkage_keys", set("individual_id"));
		DatasetFacts answers = dataset("answers", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("none"), "indirect_identifiers", set("none"), "linkage_keys",
				set("individual_id"));
		ProjectEvaluation evaluation = RULES.evaluate(KENYA, list(names, answers));
		assertThat(evaluation.dataset("answers").orElseThrow().ownLevel()).isEqualTo(CONFIDENTIAL);
		assertThat(evaluation.dataset("answers").orElseThrow().level()).isEqualTo(SECRET);
	}

	@Test
	void aLocationKeyDoesNotLinkRecordsToPeople() {
		DatasetFacts survey = dataset("survey", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("none"), "indirect_identifiers", set("age", "sex"), "linkage_keys",
				set("location_pcode"));
		DatasetFacts registry = dataset("registry", "aggregation", "record_level", "location_granularity", "admin1",
				"direct_identifiers", set("none"), "indirect_identifiers", set("nationality"), "linkage_keys",
				set("location_pcode"));
		assertThat(RULES.evaluate(KENYA, list(survey, registry)).combinations()).isEmpty();
	}

	@Test
	void everyCombinationRuleIsExercised() {
		Set<String> fired = new TreeSet<>();
		DatasetFacts children = dataset("uasc", "aggregation", "aggregated", "location_granularity", "site",
				"vulnerable_groups", set("unaccompanied_separated_children"), "linkage_keys", set("site_id"));
		DatasetFacts actors = with(ARMED_ACTORS, "linkage_keys", set("site_id"));
		DatasetFacts survey = dataset("survey", "aggregation", "record_level", "indirect_identifiers",
				set("age", "sex"), "linkage_keys", set("household_id"));
		DatasetFacts registry = dataset("registry", "aggregation", "record_level", "indirect_identifiers",
				set("nationality"), "linkage_keys", set("household_id"));
		RULES.evaluate(KENYA, list(SAFETY, children, actors, survey, registry))
			.combinations()
			.forEach((finding) -> fired.add(finding.ruleKey()));
		assertThat(fired).containsExactlyInAnyOrderElementsOf(
				RULES.definition().combinationRules().stream().map(CombinationRule::key).collect(Collectors.toSet()));
	}

}
