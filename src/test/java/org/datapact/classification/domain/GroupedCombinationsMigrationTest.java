package org.datapact.classification.domain;

import java.util.List;
import java.util.Map;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.CombinationMembership;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs stored before combination findings were grouped keep what they found: the
 * migration's conversion (a PostgreSQL function it leaves in place) turns one finding per
 * pair into one per rule naming the datasets involved, and the result reads back into the
 * current model.
 */
@IntegrationTest
class GroupedCombinationsMigrationTest {

	/**
	 * Three datasets: rule x joins a+b and a+c, rule y joins b+c; one pair per finding.
	 */
	static final String LEGACY = """
			{"ruleSetId": "iom-table-a-default", "ruleSetVersion": 1, "projectLevel": "SECRET",
			 "datasets": [
			  {"datasetId": "c", "name": "C", "level": "SECRET", "ownLevel": "PUBLIC", "firedRules": [],
			   "combinations": [%2$s, %3$s]},
			  {"datasetId": "a", "name": "A", "level": "SECRET", "ownLevel": "PUBLIC", "firedRules": [],
			   "combinations": [%1$s, %2$s]},
			  {"datasetId": "b", "name": "B", "level": "SECRET", "ownLevel": "CONFIDENTIAL", "firedRules": [],
			   "combinations": [%1$s, %3$s]}],
			 "combinations": [%1$s, %2$s, %3$s]}""".formatted(pair("x", "SECRET", "a", "b", "[\"site_id\"]"),
			pair("x", "SECRET", "a", "c", "[\"household_id\"]"), pair("y", "CONFIDENTIAL", "b", "c", "[]"));

	@Autowired
	JdbcClient jdbc;

	static String pair(String rule, String level, String first, String second, String keys) {
		return """
				{"ruleKey": "%1$s", "level": "%2$s", "firstDatasetId": "%3$s", "secondDatasetId": "%4$s",
				 "description": {"en": "Rule %1$s", "fr": "Règle %1$s"}, "explanation": {"en": "Why", "fr": "Pourquoi"},
				 "reference": "Ref", "sharedLinkageKeys": %5$s,
				 "firstInputs": {"topics": ["%3$s"], "from": "%3$s%4$s"},
				 "secondInputs": {"topics": ["%4$s"], "from": "%3$s%4$s"}}""".formatted(rule, level, first, second,
				keys);
	}

	@Test
	void pairFindingsBecomeOneFindingPerRuleNamingTheDatasetsInvolved() {
		String converted = this.jdbc.sql("select classification_grouped_combinations(cast(? as jsonb))::text")
			.param(LEGACY)
			.query(String.class)
			.single();
		ProjectEvaluation evaluation = JsonMapper.builder().build().readValue(converted, ProjectEvaluation.class);

		assertThat(evaluation.combinations()).extracting(CombinationFinding::ruleKey).containsExactly("x", "y");
		CombinationFinding x = evaluation.combinations().get(0);
		assertThat(x.level()).isEqualTo(Level.SECRET);
		assertThat(x.datasetIds()).containsExactly("a", "b", "c");
		assertThat(x.sharedLinkageKeys()).containsExactly("site_id", "household_id");
		assertThat(x.description().texts()).containsEntry("fr", "Règle x");
		assertThat(x.inputsOf("a")).containsEntry("topics", List.of("a"));
		assertThat(x.inputsOf("c")).containsEntry("topics", List.of("c")).containsEntry("from", "ac");
		CombinationFinding y = evaluation.combinations().get(1);
		assertThat(y.datasetIds()).containsExactly("b", "c");
		assertThat(y.sharedLinkageKeys()).isEmpty();

		assertThat(evaluation.datasets()).extracting((d) -> d.datasetId()).containsExactly("c", "a", "b");
		assertThat(evaluation.dataset("a").orElseThrow().combinations())
			.containsExactly(new CombinationMembership("x", Level.SECRET));
		assertThat(evaluation.dataset("b").orElseThrow().combinations()).containsExactly(
				new CombinationMembership("x", Level.SECRET), new CombinationMembership("y", Level.CONFIDENTIAL));
		assertThat(evaluation.dataset("b").orElseThrow().ownLevel()).isEqualTo(Level.CONFIDENTIAL);
	}

	@Test
	void aRunAlreadyGroupedOrWithoutCombinationsIsLeftAsItIs() {
		String grouped = """
				{"ruleSetId": "r", "ruleSetVersion": 2, "projectLevel": "PUBLIC", "datasets": [],
				 "combinations": [{"ruleKey": "x", "level": "SECRET", "datasetIds": ["a", "b"],
				   "sharedLinkageKeys": [], "inputs": {}}]}""";
		for (String json : List.of(grouped, "{\"ruleSetId\": \"r\", \"datasets\": [], \"combinations\": []}")) {
			Map<String, Object> same = this.jdbc
				.sql("select classification_grouped_combinations(cast(? as jsonb)) = cast(? as jsonb) as same")
				.params(json, json)
				.query()
				.singleRow();
			assertThat(same).containsEntry("same", true);
		}
	}

}
