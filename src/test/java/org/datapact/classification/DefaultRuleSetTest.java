package org.datapact.classification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.datapact.classification.domain.RuleSets;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.classification.Datasets.dataset;
import static org.datapact.classification.Datasets.set;
import static org.datapact.classification.Level.CONFIDENTIAL;
import static org.datapact.classification.Level.PUBLIC;
import static org.datapact.classification.Level.SECRET;

/**
 * The default rule set, one dataset at a time: the seeds' examples (IOM Table A) and a
 * case for every rule, with the exact set of rules expected to fire; every rule of the
 * rule set must fire in some case.
 */
class DefaultRuleSetTest {

	static final CompiledRuleSet RULES = CompiledRuleSet.compile(RuleSets.loadDefault());

	static final ProjectContext KENYA = ProjectContext.of("KE", Set.of());

	static final ProjectContext KENYA_IN_CONFLICT = ProjectContext.of("KE", Set.of("active_conflict"));

	static final ProjectContext KENYA_PERSECUTION = ProjectContext.of("KE", Set.of("persecution"));

	static Stream<Arguments> cases() {
		return Stream.of(
				// IOM Table A examples (seed 003)
				Arguments.of("national aggregates of unaccompanied children are Public", KENYA,
						dataset("uac-national", "aggregation", "aggregated", "location_granularity", "national",
								"vulnerable_groups", set("unaccompanied_separated_children"), "protection_data", "yes",
								"case_management_data", "no", "security_data", "no", "direct_identifiers", set("none"),
								"smallest_count", 40),
						PUBLIC, Set.of("coarse_aggregates")),
				Arguments.of("number of unaccompanied children per site is Confidential", KENYA,
						dataset("uac-site", "aggregation", "aggregated", "location_granularity", "site",
								"vulnerable_groups", set("unaccompanied_separated_children"), "protection_data", "yes",
								"case_management_data", "no", "security_data", "no", "smallest_count", 6),
						CONFIDENTIAL, Set.of("protection_data_site_or_finer", "at_risk_groups_per_site")),
				Arguments.of("case management records are Secret", KENYA,
						dataset("cases", "aggregation", "record_level", "location_granularity", "individual",
								"direct_identifiers", set("names", "phone_numbers"), "indirect_identifiers",
								set("age", "sex"), "vulnerable_groups", set("survivors_of_violence"), "protection_data",
								"yes", "case_management_data", "yes"),
						SECRET,
						Set.of("direct_identifiers", "case_management_data", "vulnerable_groups_record_level",
								"record_level_household_location", "protection_data_site_or_finer",
								"at_risk_groups_per_site")),
				// Secret
				Arguments.of("a list with phone numbers is Secret", KENYA,
						dataset("phones", "aggregation", "record_level", "location_granularity", "site",
								"direct_identifiers", set("phone_numbers"), "indirect_identifiers", set("none"),
								"vulnerable_groups", set("none"), "protection_data", "no", "case_management_data", "no",
								"security_data", "no"),
						SECRET, Set.of("direct_identifiers")),
				Arguments.of("even national counts of referrals are Secret", KENYA,
						dataset("referrals", "aggregation", "aggregated", "location_granularity", "national",
								"case_management_data", "yes", "smallest_count", 120),
						SECRET, Set.of("case_management_data")),
				Arguments.of("record-level data on older people is Secret", KENYA,
						dataset("older", "aggregation", "record_level", "location_granularity", "admin1",
								"direct_identifiers", set("none"), "indirect_identifiers", set("age"),
								"vulnerable_groups", set("older_people")),
						SECRET, Set.of("vulnerable_groups_record_level")),
				Arguments.of("site counts below k are identifying", KENYA,
						dataset("small-site", "aggregation", "aggregated", "location_granularity", "site",
								"smallest_count", 3, "protection_data", "no", "security_data", "no",
								"case_management_data", "no", "vulnerable_groups", set("none"), "topics",
								set("humanitarian_needs")),
						SECRET, Set.of("small_counts_fine_granularity")),
				Arguments.of("site counts of k - 1 are identifying (k = 5)", KENYA,
						dataset("four-site", "aggregation", "aggregated", "location_granularity", "household",
								"smallest_count", 4),
						SECRET, Set.of("small_counts_fine_granularity")),
				Arguments.of("site counts of exactly k are not below k", KENYA,
						dataset("k-site", "aggregation", "aggregated", "location_granularity", "site", "smallest_count",
								5, "protection_data", "no", "security_data", "no", "case_management_data", "no",
								"vulnerable_groups", set("none"), "topics", set("humanitarian_needs")),
						PUBLIC, Set.of("non_sensitive_site_aggregates")),
				Arguments.of("admin-1 counts below k are not identifying", KENYA,
						dataset("small-admin1", "aggregation", "aggregated", "location_granularity", "admin1",
								"smallest_count", 1),
						PUBLIC, Set.of("coarse_aggregates")),
				Arguments.of("three indirect identifiers in records single people out", KENYA,
						dataset("quasi", "aggregation", "record_level", "location_granularity", "admin1",
								"direct_identifiers", set("none"), "indirect_identifiers",
								set("age", "sex", "nationality"), "vulnerable_groups", set("none")),
						SECRET, Set.of("quasi_identifiers_record_level")),
				Arguments.of("two indirect identifiers stay below the threshold, but records are not shown Public",
						KENYA,
						dataset("two-quasi", "aggregation", "record_level", "location_granularity", "admin1",
								"direct_identifiers", set("none"), "indirect_identifiers", set("age", "sex"),
								"vulnerable_groups", set("none"), "topics", set("humanitarian_needs")),
						CONFIDENTIAL, Set.of()),
				Arguments.of("records located at households lead to people", KENYA,
						dataset("households", "aggregation", "record_level", "location_granularity", "household",
								"direct_identifiers", set("none"), "indirect_identifiers", set("none")),
						SECRET, Set.of("record_level_household_location")),
				Arguments.of("in an active conflict, perceived safety per district is Secret", KENYA_IN_CONFLICT,
						dataset("safety-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"topics", set("perceived_safety"), "security_data", "no", "protection_data", "no"),
						SECRET, Set.of("active_conflict_security_admin2")),
				Arguments.of("without a conflict, perceived safety per district is Public", KENYA,
						dataset("safety-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"topics", set("perceived_safety"), "security_data", "no", "protection_data", "no",
								"case_management_data", "no"),
						PUBLIC, Set.of("non_sensitive_admin2_aggregates")),
				Arguments.of("in an active conflict, security data per province stays Public", KENYA_IN_CONFLICT,
						dataset("security-admin1", "aggregation", "aggregated", "location_granularity", "admin1",
								"security_data", "yes"),
						PUBLIC, Set.of("coarse_aggregates")),
				// Confidential
				Arguments.of("protection data per site", KENYA,
						dataset("protection-site", "aggregation", "aggregated", "location_granularity", "site",
								"protection_data", "yes", "vulnerable_groups", set("none"), "smallest_count", 20),
						CONFIDENTIAL, Set.of("protection_data_site_or_finer")),
				Arguments.of("survivors of violence counted per site", KENYA,
						dataset("survivors-site", "aggregation", "aggregated", "location_granularity", "site",
								"vulnerable_groups", set("survivors_of_violence"), "protection_data", "no",
								"smallest_count", 10),
						CONFIDENTIAL, Set.of("at_risk_groups_per_site")),
				Arguments.of("security data per site", KENYA,
						dataset("security-site", "aggregation", "aggregated", "location_granularity", "site",
								"security_data", "yes"),
						CONFIDENTIAL, Set.of("security_data_site_or_finer")),
				Arguments.of("armed actors per site, even when security data is answered no", KENYA,
						dataset("actors-site", "aggregation", "aggregated", "location_granularity", "site",
								"security_data", "no", "topics", set("armed_actors")),
						CONFIDENTIAL, Set.of("security_data_site_or_finer")),
				Arguments.of("protection counts below k per district", KENYA,
						dataset("protection-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"protection_data", "yes", "smallest_count", 2),
						CONFIDENTIAL, Set.of("small_counts_admin2_protection")),
				Arguments.of("protection counts of k or more per district are not shown Public", KENYA,
						dataset("protection-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"protection_data", "yes", "smallest_count", 7),
						CONFIDENTIAL, Set.of()),
				Arguments.of("protection data unknown per site", KENYA,
						dataset("unknown-protection", "aggregation", "aggregated", "location_granularity", "site",
								"protection_data", "unknown"),
						CONFIDENTIAL, Set.of("protection_data_unknown")),
				Arguments.of("protection data unknown with the location unanswered", KENYA,
						dataset("unknown-protection-nowhere", "aggregation", "aggregated", "protection_data",
								"unknown"),
						CONFIDENTIAL, Set.of("protection_data_unknown")),
				Arguments.of("protection data unknown in national aggregates", KENYA,
						dataset("unknown-protection-national", "aggregation", "aggregated", "location_granularity",
								"national", "protection_data", "unknown"),
						PUBLIC, Set.of("coarse_aggregates")),
				Arguments.of("case management unknown, even nationally", KENYA,
						dataset("unknown-cases", "aggregation", "aggregated", "location_granularity", "national",
								"case_management_data", "unknown"),
						CONFIDENTIAL, Set.of("case_management_unknown")),
				Arguments.of("security data unknown per site", KENYA,
						dataset("unknown-security", "aggregation", "aggregated", "location_granularity", "site",
								"security_data", "unknown"),
						CONFIDENTIAL, Set.of("security_data_unknown")),
				Arguments.of("protection data with the location unanswered", KENYA,
						dataset("protection-nowhere", "aggregation", "aggregated", "protection_data", "yes"),
						CONFIDENTIAL, Set.of("sensitive_data_location_unanswered")),
				Arguments.of("records without an answer on direct identifiers", KENYA,
						dataset("records-unanswered", "aggregation", "record_level", "location_granularity", "admin1",
								"indirect_identifiers", set("age")),
						CONFIDENTIAL, Set.of("direct_identifiers_unanswered_record_level")),
				Arguments.of("vulnerable groups without saying whether aggregated", KENYA,
						dataset("aggregation-unanswered", "location_granularity", "admin1", "vulnerable_groups",
								set("displaced_people")),
						CONFIDENTIAL, Set.of("aggregation_unanswered_vulnerable")),
				Arguments.of("records on health", KENYA,
						dataset("health-records", "aggregation", "record_level", "location_granularity", "admin1",
								"direct_identifiers", set("none"), "indirect_identifiers", set("age"), "topics",
								set("health")),
						CONFIDENTIAL, Set.of("sensitive_topics_record_level")),
				Arguments.of("in an active conflict, movement intentions per site", KENYA_IN_CONFLICT,
						dataset("intentions-site", "aggregation", "aggregated", "location_granularity", "site",
								"topics", set("movement_intentions"), "protection_data", "no", "security_data", "no",
								"case_management_data", "no"),
						CONFIDENTIAL, Set.of("active_conflict_movement_intentions")),
				Arguments.of("without a conflict, movement intentions per site are not shown Public", KENYA,
						dataset("intentions-site", "aggregation", "aggregated", "location_granularity", "site",
								"topics", set("movement_intentions"), "protection_data", "no", "security_data", "no",
								"case_management_data", "no"),
						CONFIDENTIAL, Set.of()),
				// Public
				Arguments.of("non-sensitive site-level data", KENYA,
						dataset("shelters", "aggregation", "aggregated", "location_granularity", "site",
								"protection_data", "no", "security_data", "no", "case_management_data", "no",
								"vulnerable_groups", set("displaced_people"), "topics", set("humanitarian_needs"),
								"smallest_count", 30),
						PUBLIC, Set.of("non_sensitive_site_aggregates")),
				Arguments.of("aggregates without any location, free of identifiers", KENYA,
						dataset("no-location", "aggregation", "aggregated", "location_granularity", "none",
								"direct_identifiers", set("none"), "case_management_data", "no"),
						PUBLIC, Set.of("coarse_aggregates")),
				// No silent Public: Public is a rule's finding, the rest waits for a
				// scoper
				Arguments.of("nothing answered yet is Confidential until a scoper confirms it", KENYA, dataset("blank"),
						CONFIDENTIAL, Set.of()),
				Arguments.of("non-sensitive district aggregates are positively Public (Table A: aggregated data)",
						KENYA,
						dataset("shelter-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"protection_data", "no", "security_data", "no", "case_management_data", "no",
								"vulnerable_groups", set("displaced_people"), "direct_identifiers", set("none"),
								"topics", set("humanitarian_needs"), "community_groups", set("none"), "counted_unit",
								"households", "smallest_count", 2),
						PUBLIC, Set.of("non_sensitive_admin2_aggregates")),
				Arguments.of("district aggregates of security data are not shown Public", KENYA,
						dataset("security-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"protection_data", "no", "security_data", "yes", "case_management_data", "no"),
						CONFIDENTIAL, Set.of()),
				// Community- and demographically-identifiable information (Table A:
				// Confidential
				// "put ... a community at risk of a protection incident")
				Arguments.of("ethnic groups counted per site are Confidential, even with large counts", KENYA,
						dataset("ethnicity-site", "aggregation", "aggregated", "location_granularity", "site",
								"community_groups", set("ethnicity"), "counted_unit", "people", "smallest_count", 250,
								"protection_data", "no", "security_data", "no", "case_management_data", "no",
								"vulnerable_groups", set("displaced_people"), "direct_identifiers", set("none")),
						CONFIDENTIAL, Set.of("community_groups_small_area")),
				Arguments.of("an aggregate listing religion among its identifiers locates a community per site", KENYA,
						dataset("religion-site", "aggregation", "aggregated", "location_granularity", "site",
								"indirect_identifiers", set("religion"), "smallest_count", 80, "protection_data", "no",
								"security_data", "no", "case_management_data", "no"),
						CONFIDENTIAL, Set.of("community_groups_small_area")),
				Arguments.of("legal status per household is community-identifying", KENYA,
						dataset("status-households", "aggregation", "aggregated", "location_granularity", "household",
								"topics", set("legal_status"), "smallest_count", 40),
						CONFIDENTIAL, Set.of("community_groups_small_area")),
				Arguments.of("under declared persecution, religious groups per site are Secret", KENYA_PERSECUTION,
						dataset("religion-persecuted", "aggregation", "aggregated", "location_granularity", "site",
								"community_groups", set("religion"), "smallest_count", 300, "protection_data", "no",
								"security_data", "no", "case_management_data", "no"),
						SECRET, Set.of("community_groups_small_area", "community_groups_small_area_persecution")),
				Arguments.of("in an active conflict, nationality per district is Confidential", KENYA_IN_CONFLICT,
						dataset("nationality-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"community_groups", set("nationality"), "smallest_count", 500, "protection_data", "no",
								"security_data", "no", "case_management_data", "no"),
						CONFIDENTIAL, Set.of("community_groups_admin2_persecution")),
				Arguments.of("without conflict or persecution, nationality per district is not shown Public", KENYA,
						dataset("nationality-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"community_groups", set("nationality"), "smallest_count", 500, "protection_data", "no",
								"security_data", "no", "case_management_data", "no"),
						CONFIDENTIAL, Set.of()),
				Arguments.of("political views per region stay Public even under persecution", KENYA_PERSECUTION,
						dataset("views-admin1", "aggregation", "aggregated", "location_granularity", "admin1",
								"community_groups", set("political_views"), "case_management_data", "no"),
						PUBLIC, Set.of("coarse_aggregates")),
				// Small cells are about people
				Arguments.of("three water points on a site identify no one", KENYA,
						dataset("water-points", "aggregation", "aggregated", "location_granularity", "site",
								"counted_unit", "facilities", "smallest_count", 3, "protection_data", "no",
								"security_data", "no", "case_management_data", "no", "vulnerable_groups", set("none"),
								"topics", set("humanitarian_needs")),
						PUBLIC, Set.of("non_sensitive_site_aggregates")),
				Arguments.of("two households on a site can be recognised", KENYA,
						dataset("households-site", "aggregation", "aggregated", "location_granularity", "site",
								"counted_unit", "households", "smallest_count", 2, "protection_data", "no",
								"security_data", "no", "case_management_data", "no"),
						SECRET, Set.of("small_counts_fine_granularity")),
				Arguments.of("latrines per district with protection data: small counts of things do not identify",
						KENYA,
						dataset("latrines-admin2", "aggregation", "aggregated", "location_granularity", "admin2",
								"counted_unit", "facilities", "smallest_count", 1, "protection_data", "yes"),
						CONFIDENTIAL, Set.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void classifiesEachCase(String name, ProjectContext project, DatasetFacts dataset, Level level, Set<String> rules) {
		ProjectEvaluation evaluation = RULES.evaluate(project, List.of(dataset));
		DatasetClassification result = evaluation.datasets().get(0);
		Set<String> fired = result.firedRules().stream().map(FiredRule::ruleKey).collect(Collectors.toSet());
		assertThat(fired).as("rules fired").containsExactlyInAnyOrderElementsOf(rules);
		assertThat(result.needsConfirmation()).as("needs a scoper's confirmation").isEqualTo(rules.isEmpty());
		assertThat(result.level()).isEqualTo(level);
		assertThat(result.ownLevel()).isEqualTo(level);
		assertThat(evaluation.projectLevel()).isEqualTo(level);
		assertThat(evaluation.combinations()).isEmpty();
	}

	@Test
	void explainsWhatMadeARuleFire() {
		DatasetClassification site = RULES.evaluate(KENYA,
				List.of(dataset("uac-site", "aggregation", "aggregated", "location_granularity", "site",
						"vulnerable_groups", set("unaccompanied_separated_children", "children"), "protection_data",
						"yes", "smallest_count", 6, "name", "Children per site")))
			.datasets()
			.get(0);
		assertThat(site.name()).isEqualTo("Children per site");
		FiredRule protection = rule(site, "protection_data_site_or_finer");
		assertThat(protection.inputs())
			.containsExactlyInAnyOrderEntriesOf(Map.of("protection_data", "yes", "location_granularity", "site"));
		assertThat(protection.reference()).isEqualTo("IOM DTM guideline, Table A: Confidential");
		assertThat(protection.explanation().texts()).containsOnlyKeys("en", "fr");
		// several options in the questionnaire's order
		assertThat(rule(site, "at_risk_groups_per_site").inputs()).containsEntry("vulnerable_groups",
				List.of("children", "unaccompanied_separated_children"));
	}

	@Test
	void anUnansweredQuestionShowsAsNullAmongTheInputs() {
		DatasetClassification records = RULES
			.evaluate(KENYA,
					List.of(dataset("records", "aggregation", "record_level", "location_granularity", "admin1")))
			.datasets()
			.get(0);
		FiredRule rule = rule(records, "direct_identifiers_unanswered_record_level");
		assertThat(rule.inputs()).containsEntry("aggregation", "record_level")
			.containsEntry("direct_identifiers", null)
			.hasSize(2);
	}

	@Test
	void aContextualRuleNamesTheContextThatMadeItApply() {
		DatasetClassification safety = RULES
			.evaluate(KENYA_IN_CONFLICT, List.of(dataset("safety", "aggregation", "aggregated", "location_granularity",
					"admin2", "topics", set("perceived_safety", "humanitarian_needs"))))
			.datasets()
			.get(0);
		assertThat(rule(safety, "active_conflict_security_admin2").inputs())
			.containsEntry("project.contexts", List.of("active_conflict"))
			.containsEntry("topics", List.of("perceived_safety", "humanitarian_needs"))
			.containsEntry("location_granularity", "admin2");
	}

	@Test
	void explanationsShowTheRuleSetsParameters() {
		DatasetClassification small = RULES
			.evaluate(KENYA,
					List.of(dataset("small", "aggregation", "aggregated", "location_granularity", "site",
							"smallest_count", 2)))
			.datasets()
			.get(0);
		FiredRule rule = rule(small, "small_counts_fine_granularity");
		assertThat(rule.explanation().texts().get("en")).contains("fewer than 5 people").doesNotContain("{");
		assertThat(rule.explanation().texts().get("fr")).contains("moins de 5 personnes").doesNotContain("{");
		assertThat(rule.inputs()).containsEntry("smallest_count", java.math.BigDecimal.valueOf(2));
	}

	@Test
	void theSmallestCountThresholdIsAParameterOfTheRuleSet() {
		DatasetFacts sevenPerSite = dataset("seven", "aggregation", "aggregated", "location_granularity", "site",
				"smallest_count", 7);
		assertThat(RULES.evaluate(KENYA, List.of(sevenPerSite)).datasets().get(0).firedRules())
			.extracting(FiredRule::ruleKey)
			.doesNotContain("small_counts_fine_granularity");
		CompiledRuleSet stricter = CompiledRuleSet
			.compile(RULES.definition().withParameter("smallest_count_threshold", java.math.BigDecimal.TEN));
		DatasetClassification result = stricter.evaluate(KENYA, List.of(sevenPerSite)).datasets().get(0);
		assertThat(result.level()).isEqualTo(SECRET);
		assertThat(rule(result, "small_counts_fine_granularity").explanation().texts().get("en"))
			.contains("fewer than 10 people");
	}

	@Test
	void aDatasetNoRuleDeterminesGetsTheDefaultLevelExplainedForAScoperToConfirm() {
		DatasetClassification blank = RULES.evaluate(KENYA, List.of(dataset("blank", "name", "Survey")))
			.datasets()
			.get(0);
		assertThat(blank.firedRules()).isEmpty();
		assertThat(blank.level()).isEqualTo(CONFIDENTIAL);
		assertThat(blank.ownLevel()).isEqualTo(CONFIDENTIAL);
		assertThat(blank.needsConfirmation()).isTrue();
		assertThat(blank.defaultLevel().level()).isEqualTo(CONFIDENTIAL);
		assertThat(blank.defaultLevel().description().texts().get("en"))
			.isEqualTo("No rule determined this dataset’s level.");
		assertThat(blank.defaultLevel().explanation().texts().get("en")).contains("until a scoper confirms");
		assertThat(blank.defaultLevel().explanation().texts().get("fr")).contains("chargé de cadrage");
		// the level is configurable: a rule set may default to Secret
		CompiledRuleSet stricter = CompiledRuleSet
			.compile(new org.datapact.classification.engine.RuleSet(RULES.definition().id(), 2,
					RULES.definition().name(), RULES.definition().languages(), RULES.definition().parameters(),
					new DefaultLevel(SECRET, RULES.definition().defaultLevel().description(),
							RULES.definition().defaultLevel().explanation(), "Stricter"),
					RULES.definition().rules(), RULES.definition().combinationRules()));
		assertThat(stricter.evaluate(KENYA, List.of(dataset("blank"))).projectLevel()).isEqualTo(SECRET);
		// and a dataset some rule determined never gets it
		DatasetClassification national = stricter
			.evaluate(KENYA,
					List.of(dataset("national", "aggregation", "aggregated", "location_granularity", "national")))
			.datasets()
			.get(0);
		assertThat(national.level()).isEqualTo(PUBLIC);
		assertThat(national.needsConfirmation()).isFalse();
	}

	@Test
	void theCommunityRuleNamesTheGroupsAndTheLocationGranularity() {
		DatasetClassification site = RULES
			.evaluate(KENYA,
					List.of(dataset("groups", "aggregation", "aggregated", "location_granularity", "site",
							"community_groups", set("ethnicity", "religion"), "indirect_identifiers",
							set("age", "religion"), "topics", set("legal_status", "health"), "smallest_count", 90)))
			.datasets()
			.get(0);
		FiredRule rule = rule(site, "community_groups_small_area");
		assertThat(rule.explanation().texts().get("en")).startsWith(
				"It shows, per site, where groups of people are by ethnicity or tribe, religion, legal or documentation status.");
		assertThat(rule.explanation().texts().get("fr")).startsWith(
				"Il montre, par site, où se trouvent des groupes de personnes selon : ethnie ou tribu, religion, statut juridique ou administratif.");
		assertThat(rule.inputs()).containsEntry("location_granularity", "site")
			.containsEntry("community_groups", List.of("ethnicity", "religion"));

		DatasetClassification district = RULES
			.evaluate(KENYA_PERSECUTION, List.of(dataset("groups", "aggregation", "aggregated", "location_granularity",
					"admin2", "community_groups", set("political_views"))))
			.datasets()
			.get(0);
		assertThat(rule(district, "community_groups_admin2_persecution").explanation().texts().get("en"))
			.contains("even figures per district (admin-2) on groups of people by political views")
			.doesNotContain("{");
		assertThat(rule(district, "community_groups_admin2_persecution").inputs()).containsEntry("project.contexts",
				List.of("persecution"));
	}

	@Test
	void aSmallCountWhoseUnitIsNotGivenIsTreatedAsPeople() {
		// questionnaires answered before the question existed do not say what they count
		DatasetClassification old = RULES
			.evaluate(KENYA,
					List.of(dataset("old", "aggregation", "aggregated", "location_granularity", "site",
							"smallest_count", 2)))
			.datasets()
			.get(0);
		FiredRule rule = rule(old, "small_counts_fine_granularity");
		assertThat(old.level()).isEqualTo(SECRET);
		assertThat(rule.inputs()).containsEntry("counted_unit", null);
		assertThat(rule.explanation().texts().get("en")).contains("a count whose unit is not given is taken as people");
	}

	@Test
	void firedRulesAreListedHighestLevelFirstThenByKey() {
		DatasetClassification cases = RULES.evaluate(KENYA,
				List.of(dataset("cases", "aggregation", "record_level", "location_granularity", "site",
						"direct_identifiers", set("names"), "protection_data", "yes", "case_management_data", "yes",
						"vulnerable_groups", set("children"), "topics", set("health"))))
			.datasets()
			.get(0);
		assertThat(cases.firedRules()).extracting(FiredRule::ruleKey)
			.containsExactly("case_management_data", "direct_identifiers", "vulnerable_groups_record_level",
					"protection_data_site_or_finer", "sensitive_topics_record_level");
	}

	@Test
	void everyRuleIsExercisedByACase() {
		Set<String> fired = new TreeSet<>();
		cases().forEach((arguments) -> {
			Object[] values = arguments.get();
			RULES.evaluate((ProjectContext) values[1], List.of((DatasetFacts) values[2]))
				.datasets()
				.get(0)
				.firedRules()
				.forEach((rule) -> fired.add(rule.ruleKey()));
		});
		Set<String> missing = RULES.definition()
			.rules()
			.stream()
			.map(Rule::key)
			.collect(Collectors.toCollection(TreeSet::new));
		missing.removeAll(fired);
		assertThat(missing).as("rules that no case exercises").isEmpty();
	}

	static FiredRule rule(DatasetClassification dataset, String key) {
		return dataset.firedRules()
			.stream()
			.filter((r) -> r.ruleKey().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError(key + " did not fire; fired: " + dataset.firedRules()));
	}

}
