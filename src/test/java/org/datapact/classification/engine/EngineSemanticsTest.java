package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datapact.classification.CombinationMembership;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.definition.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.classification.Datasets.dataset;
import static org.datapact.classification.Datasets.list;
import static org.datapact.classification.Datasets.set;
import static org.datapact.classification.engine.Condition.all;
import static org.datapact.classification.engine.Condition.answered;
import static org.datapact.classification.engine.Condition.any;
import static org.datapact.classification.engine.Condition.contains;
import static org.datapact.classification.engine.Condition.in;
import static org.datapact.classification.engine.Condition.not;

/**
 * What each part of the rule model means, on small rule sets: scopes by country and
 * context, each kind of condition, the linkage tests and the combined view of a pair.
 */
class EngineSemanticsTest {

	static final LocalizedText TEXT = LocalizedText.of("Because.", "Parce que.");

	static final ProjectContext MALI = ProjectContext.of("ML", Set.of());

	static final ProjectContext MALI_IN_CONFLICT = ProjectContext.of("ML", Set.of("active_conflict", "drought"));

	static final ProjectContext KENYA = ProjectContext.of("KE", Set.of("active_conflict"));

	static Rule rule(String key, Level level, Scope scope, Condition condition) {
		return new Rule(key, TEXT, level, scope, condition, TEXT, "Reference");
	}

	static CompiledRuleSet rules(Rule... rules) {
		return rules(List.of(rules), List.of());
	}

	static CompiledRuleSet rules(List<Rule> rules, List<CombinationRule> combinations) {
		return CompiledRuleSet.compile(new RuleSet("test", 1, TEXT, List.of("en", "fr"),
				Map.of("k", new Parameter(BigDecimal.valueOf(3), TEXT)), rules, combinations));
	}

	static Level level(CompiledRuleSet rules, ProjectContext project, Object... answers) {
		return rules.evaluate(project, List.of(dataset("d", answers))).datasets().get(0).level();
	}

	@Test
	void aRuleScopedToCountriesAppliesOnlyThere() {
		CompiledRuleSet rules = rules(
				rule("mali_health", Level.SECRET, Scope.countries("ML", "NE"), contains("topics", "health")));
		assertThat(level(rules, MALI, "topics", set("health"))).isEqualTo(Level.SECRET);
		assertThat(level(rules, KENYA, "topics", set("health"))).isEqualTo(Level.PUBLIC);
		assertThat(level(rules, ProjectContext.none(), "topics", set("health"))).isEqualTo(Level.PUBLIC);
		FiredRule fired = rules.evaluate(MALI, List.of(dataset("d", "topics", set("health"))))
			.datasets()
			.get(0)
			.firedRules()
			.get(0);
		assertThat(fired.inputs()).containsEntry("project.country", "ML").doesNotContainKey("project.contexts");
	}

	@Test
	void aRuleScopedToContextsAppliesWhereOneOfThemIsInForce() {
		CompiledRuleSet rules = rules(rule("conflict_health", Level.SECRET,
				new Scope(List.of(), List.of("active_conflict", "epidemic")), contains("topics", "health")));
		assertThat(level(rules, MALI_IN_CONFLICT, "topics", set("health"))).isEqualTo(Level.SECRET);
		assertThat(level(rules, KENYA, "topics", set("health"))).isEqualTo(Level.SECRET);
		assertThat(level(rules, MALI, "topics", set("health"))).isEqualTo(Level.PUBLIC);
	}

	@Test
	void aScopeWithCountriesAndContextsNeedsBoth() {
		CompiledRuleSet rules = rules(rule("mali_conflict", Level.CONFIDENTIAL,
				new Scope(List.of("ML"), List.of("active_conflict")), answered("name")));
		assertThat(level(rules, MALI_IN_CONFLICT, "name", "x")).isEqualTo(Level.CONFIDENTIAL);
		assertThat(level(rules, MALI, "name", "x")).isEqualTo(Level.PUBLIC);
		assertThat(level(rules, KENYA, "name", "x")).isEqualTo(Level.PUBLIC);
	}

	@Test
	void conditionsMayReadTheProjectsCountryAndContexts() {
		CompiledRuleSet rules = rules(rule("drought_or_kenya", Level.CONFIDENTIAL, Scope.everywhere(),
				any(Condition.context("drought"), Condition.country("KE"))));
		assertThat(level(rules, MALI_IN_CONFLICT)).isEqualTo(Level.CONFIDENTIAL);
		assertThat(level(rules, KENYA)).isEqualTo(Level.CONFIDENTIAL);
		assertThat(level(rules, MALI)).isEqualTo(Level.PUBLIC);
		FiredRule fired = rules.evaluate(MALI_IN_CONFLICT, List.of(dataset("d"))).datasets().get(0).firedRules().get(0);
		assertThat(fired.inputs()).containsOnlyKeys("project.contexts");
	}

	@ParameterizedTest(name = "{0} {1} 3 is {2} for 2, 3, 4")
	@CsvSource({ "lt, false, true|false|false", "le, false, true|true|false", "eq, false, false|true|false",
			"ge, false, false|true|true", "gt, false, false|false|true", "lt, true, true|false|false",
			"ge, true, false|true|true" })
	void comparesNumbersWithAValueOrAParameter(String comparison, boolean parameter, String expected) {
		Comparison op = Comparison.valueOf(comparison.toUpperCase());
		Condition condition = parameter ? Condition.compare("record_count", op, "k")
				: Condition.compare("record_count", op, BigDecimal.valueOf(3));
		CompiledRuleSet rules = rules(rule("count", Level.CONFIDENTIAL, null, condition));
		String[] outcomes = expected.split("\\|");
		for (int i = 0; i < 3; i++) {
			boolean fires = level(rules, MALI, "record_count", 2 + i) == Level.CONFIDENTIAL;
			assertThat(fires).as("%d %s 3", 2 + i, comparison).isEqualTo(Boolean.parseBoolean(outcomes[i]));
		}
		assertThat(level(rules, MALI)).as("unanswered").isEqualTo(Level.PUBLIC);
	}

	@Test
	void countsOnlyTheListedOptionsAndNeverNone() {
		CompiledRuleSet rules = rules(
				rule("two_of_age_sex_ethnicity", Level.SECRET, null,
						new Condition.Count("indirect_identifiers", List.of("age", "sex", "ethnicity"), Comparison.GE,
								BigDecimal.valueOf(2), null)),
				rule("no_indirect", Level.CONFIDENTIAL, null,
						new Condition.Count("indirect_identifiers", null, Comparison.EQ, BigDecimal.ZERO, null)));
		assertThat(level(rules, MALI, "indirect_identifiers", set("age", "religion", "nationality")))
			.isEqualTo(Level.PUBLIC);
		assertThat(level(rules, MALI, "indirect_identifiers", set("age", "ethnicity"))).isEqualTo(Level.SECRET);
		assertThat(level(rules, MALI, "indirect_identifiers", set("none"))).isEqualTo(Level.CONFIDENTIAL);
		assertThat(level(rules, MALI)).as("unanswered counts zero").isEqualTo(Level.CONFIDENTIAL);
	}

	@Test
	void anyExplainsEveryAlternativeThatHolds() {
		CompiledRuleSet rules = rules(rule("either", Level.CONFIDENTIAL, null,
				any(in("protection_data", "yes"), in("security_data", "yes"), in("case_management_data", "yes"))));
		FiredRule fired = rules
			.evaluate(MALI,
					List.of(dataset("d", "protection_data", "yes", "security_data", "yes", "case_management_data",
							"no")))
			.datasets()
			.get(0)
			.firedRules()
			.get(0);
		assertThat(fired.inputs()).containsOnlyKeys("protection_data", "security_data");
	}

	@Test
	void notExplainsWhatItsConditionRead() {
		CompiledRuleSet rules = rules(rule("not_aggregated", Level.CONFIDENTIAL, null,
				all(answered("name"), not(any(in("aggregation", "aggregated"), contains("topics", "none"))))));
		FiredRule fired = rules.evaluate(MALI, List.of(dataset("d", "name", "Survey", "topics", set("health"))))
			.datasets()
			.get(0)
			.firedRules()
			.get(0);
		assertThat(fired.inputs()).containsEntry("name", "Survey")
			.containsEntry("aggregation", null)
			.containsEntry("topics", List.of("health"));
	}

	@Test
	void theLevelIsTheHighestFiredOrPublic() {
		CompiledRuleSet rules = rules(rule("a_public", Level.PUBLIC, null, answered("name")),
				rule("b_confidential", Level.CONFIDENTIAL, null, answered("purpose")));
		assertThat(level(rules, MALI)).isEqualTo(Level.PUBLIC);
		assertThat(level(rules, MALI, "name", "n")).isEqualTo(Level.PUBLIC);
		assertThat(level(rules, MALI, "name", "n", "purpose", "p")).isEqualTo(Level.CONFIDENTIAL);
	}

	static CombinationRule pair(Linkage linkage, Condition combined, Scope scope) {
		return new CombinationRule("pair", TEXT, Level.SECRET, scope, linkage, answered("name"), answered("name"),
				combined, TEXT, "Reference");
	}

	@Test
	void sameGranularityLinksOnlyDatasetsAnsweringTheSameGranularity() {
		CompiledRuleSet rules = rules(List.of(), List.of(pair(new Linkage(true, null, false), null, null)));
		assertThat(rules
			.evaluate(MALI,
					list(dataset("a", "name", "A", "location_granularity", "site"),
							dataset("b", "name", "B", "location_granularity", "site")))
			.combinations()).hasSize(1);
		assertThat(rules
			.evaluate(MALI,
					list(dataset("a", "name", "A", "location_granularity", "site"),
							dataset("b", "name", "B", "location_granularity", "admin2")))
			.combinations()).isEmpty();
		assertThat(rules.evaluate(MALI, list(dataset("a", "name", "A"), dataset("b", "name", "B"))).combinations())
			.as("unanswered granularity")
			.isEmpty();
	}

	@Test
	void anEmptyListOfSharedKeysAcceptsAnyCommonKeyButNone() {
		CompiledRuleSet rules = rules(List.of(), List.of(pair(new Linkage(false, List.of(), false), null, null)));
		assertThat(rules
			.evaluate(MALI,
					list(dataset("a", "name", "A", "linkage_keys", set("site_id", "full_name")),
							dataset("b", "name", "B", "linkage_keys", set("full_name"))))
			.combinations()).singleElement()
			.satisfies((finding) -> assertThat(finding.sharedLinkageKeys()).containsExactly("full_name"));
		assertThat(rules
			.evaluate(MALI,
					list(dataset("a", "name", "A", "linkage_keys", set("none")),
							dataset("b", "name", "B", "linkage_keys", set("none"))))
			.combinations()).isEmpty();
	}

	@Test
	void takenTogetherOnlyAgreeingSingleAnswersCount() {
		CompiledRuleSet rules = rules(List.of(), List.of(pair(Linkage.any(),
				all(in("aggregation", "record_level"), contains("topics", "health", "legal_status")), null)));
		ProjectEvaluation agreeing = rules.evaluate(MALI,
				list(dataset("a", "name", "A", "aggregation", "record_level", "topics", set("health")),
						dataset("b", "name", "B", "aggregation", "record_level")));
		assertThat(agreeing.combinations()).singleElement().satisfies((finding) -> {
			assertThat(finding.inputsOf("a")).containsEntry("topics", List.of("health"))
				.containsEntry("aggregation", "record_level");
			assertThat(finding.inputsOf("b")).containsEntry("topics", null);
		});
		assertThat(rules
			.evaluate(MALI,
					list(dataset("a", "name", "A", "aggregation", "record_level", "topics", set("health")),
							dataset("b", "name", "B", "aggregation", "aggregated")))
			.combinations()).isEmpty();
	}

	@Test
	void aScopedCombinationRuleAppliesOnlyInItsContext() {
		CompiledRuleSet rules = rules(List.of(), List.of(pair(Linkage.any(), null, Scope.contexts("drought"))));
		List<org.datapact.classification.DatasetFacts> two = list(dataset("a", "name", "A"), dataset("b", "name", "B"));
		assertThat(rules.evaluate(MALI, two).combinations()).isEmpty();
		ProjectEvaluation inDrought = rules.evaluate(MALI_IN_CONFLICT, two);
		assertThat(inDrought.combinations()).singleElement()
			.satisfies((finding) -> assertThat(finding.inputsOf("a")).containsEntry("project.contexts",
					List.of("active_conflict", "drought")));
		assertThat(inDrought.datasets()).extracting(DatasetClassification::level).containsOnly(Level.SECRET);
	}

	@Test
	void datasetsThatAllCombineGiveOneFindingNamingEachOnce() {
		CompiledRuleSet rules = rules(List.of(), List.of(pair(Linkage.any(), null, null)));
		List<org.datapact.classification.DatasetFacts> datasets = new java.util.ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			datasets.add(dataset("d" + (char) ('a' + i), "name", "D" + i));
		}
		ProjectEvaluation evaluation = rules.evaluate(MALI, datasets);
		assertThat(evaluation.combinations()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleKey()).isEqualTo("pair");
			assertThat(finding.datasetIds()).as("in id order")
				.containsExactly("da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl");
			assertThat(finding.inputs()).hasSize(12)
				.allSatisfy((id, inputs) -> assertThat(inputs).containsEntry("name", "D" + (id.charAt(1) - 'a')));
		});
		assertThat(evaluation.datasets()).allSatisfy((dataset) -> {
			assertThat(dataset.combinations()).containsExactly(new CombinationMembership("pair", Level.SECRET));
			assertThat(dataset.level()).isEqualTo(Level.SECRET);
		});
	}

	@Test
	void aDatasetWithoutALinkablePartnerIsNotInvolved() {
		CompiledRuleSet rules = rules(List.of(),
				List.of(pair(new Linkage(false, List.of("site_id"), false), null, null)));
		ProjectEvaluation evaluation = rules.evaluate(MALI,
				list(dataset("a", "name", "A", "linkage_keys", set("site_id")),
						dataset("b", "name", "B", "linkage_keys", set("site_id", "household_id")),
						dataset("c", "name", "C", "linkage_keys", set("household_id"))));
		assertThat(evaluation.combinations()).singleElement().satisfies((finding) -> {
			assertThat(finding.datasetIds()).containsExactly("a", "b");
			assertThat(finding.sharedLinkageKeys()).as("keys at least two of them list").containsExactly("site_id");
		});
		assertThat(evaluation.dataset("c").orElseThrow().combinations()).isEmpty();
		assertThat(evaluation.dataset("c").orElseThrow().level()).isEqualTo(Level.PUBLIC);
	}

	@Test
	void theEngineCompilesARuleSetOnceWhileItIsInUse() {
		RuleSet ruleSet = rules(rule("named", Level.CONFIDENTIAL, null, answered("name"))).definition();
		ClassificationEngine engine = new ClassificationEngine();
		ProjectEvaluation first = engine.evaluate(ruleSet, MALI, List.of(dataset("d", "name", "n")));
		ProjectEvaluation second = engine.evaluate(ruleSet, MALI, List.of(dataset("d", "name", "n")));
		assertThat(first).isEqualTo(second);
		assertThat(first.projectLevel()).isEqualTo(Level.CONFIDENTIAL);
	}

}
