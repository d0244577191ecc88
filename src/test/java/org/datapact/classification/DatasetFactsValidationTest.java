package org.datapact.classification;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.datapact.classification.InvalidFactsException.Problem;
import org.datapact.classification.domain.RuleSets;
import org.datapact.classification.engine.CompiledRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.datapact.classification.Datasets.dataset;
import static org.datapact.classification.Datasets.set;

/**
 * Answers that do not fit the dataset inventory contract are refused naming the dataset,
 * the attribute and, in a list, the element; answers that fit in any of the accepted Java
 * shapes are read alike.
 */
class DatasetFactsValidationTest {

	static final CompiledRuleSet RULES = CompiledRuleSet.compile(RuleSets.loadDefault());

	static Stream<Arguments> refused() {
		return Stream.of(
				Arguments.of(answers("colour", "red"), Problem.UNKNOWN_ATTRIBUTE, "datasets[1].attributes.colour",
						List.of("colour")),
				Arguments.of(answers("name", 12), Problem.EXPECTED_TEXT, "datasets[1].attributes.name",
						List.of("name")),
				Arguments.of(answers("name", "n".repeat(20_001)), Problem.TEXT_TOO_LONG, "datasets[1].attributes.name",
						List.of("name", 20_000)),
				Arguments.of(answers("aggregation", List.of("aggregated")), Problem.EXPECTED_OPTION,
						"datasets[1].attributes.aggregation", List.of("aggregation", "record_level, aggregated")),
				Arguments.of(answers("aggregation", "summarised"), Problem.UNKNOWN_OPTION,
						"datasets[1].attributes.aggregation",
						List.of("aggregation", "summarised", "record_level, aggregated")),
				Arguments.of(answers("protection_data", "YES"), Problem.UNKNOWN_OPTION,
						"datasets[1].attributes.protection_data",
						List.of("protection_data", "YES", "yes, no, unknown")),
				Arguments.of(answers("protection_data", true), Problem.EXPECTED_OPTION,
						"datasets[1].attributes.protection_data", List.of("protection_data", "yes, no, unknown")),
				Arguments.of(answers("topics", "health"), Problem.EXPECTED_OPTIONS, "datasets[1].attributes.topics",
						null),
				Arguments.of(answers("topics", List.of("health", "weather")), Problem.UNKNOWN_OPTION,
						"datasets[1].attributes.topics[1]", null),
				Arguments.of(answers("topics", Arrays.asList("health", null)), Problem.EXPECTED_OPTIONS,
						"datasets[1].attributes.topics[1]", null),
				Arguments.of(answers("direct_identifiers", List.of("none", "names")), Problem.NONE_WITH_OTHERS,
						"datasets[1].attributes.direct_identifiers", List.of("direct_identifiers")),
				Arguments.of(answers("smallest_count", "4"), Problem.EXPECTED_NUMBER,
						"datasets[1].attributes.smallest_count", List.of("smallest_count")),
				Arguments.of(answers("smallest_count", Double.POSITIVE_INFINITY), Problem.EXPECTED_NUMBER,
						"datasets[1].attributes.smallest_count", List.of("smallest_count")),
				Arguments.of(answers("smallest_count", -1), Problem.NEGATIVE_NUMBER,
						"datasets[1].attributes.smallest_count", List.of("smallest_count")),
				Arguments.of(answers("collection_start", "2025-02-30"), Problem.EXPECTED_DATE,
						"datasets[1].attributes.collection_start", List.of("collection_start")),
				Arguments.of(answers("collection_start", "1 March 2025"), Problem.EXPECTED_DATE,
						"datasets[1].attributes.collection_start", List.of("collection_start")),
				Arguments.of(answers("collection_start", 20250301), Problem.EXPECTED_DATE,
						"datasets[1].attributes.collection_start", List.of("collection_start")),
				Arguments.of(answers("collection_start", "2025-03-01", "collection_end", "2025-02-01"),
						Problem.END_BEFORE_START, "datasets[1].attributes.collection_end",
						List.of("collection_end", "collection_start")));
	}

	@ParameterizedTest(name = "{1} at {2}")
	@MethodSource("refused")
	void refusesAnswersThatDoNotFit(Map<String, Object> answers, Problem problem, String field,
			List<Object> arguments) {
		List<DatasetFacts> datasets = List.of(dataset("fine", "aggregation", "aggregated"),
				new DatasetFacts("broken", answers));
		InvalidFactsException refused = catchThrowableOfType(InvalidFactsException.class,
				() -> RULES.evaluate(ProjectContext.none(), datasets));
		assertThat(refused).isNotNull();
		assertThat(refused.problem()).isEqualTo(problem);
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.messageKey()).isEqualTo(problem.messageKey());
		assertThat(refused.datasetIndex()).isEqualTo(1);
		if (arguments != null) {
			assertThat(refused.arguments()).containsExactlyElementsOf(arguments);
		}
	}

	@Test
	void refusesADatasetWithoutAnIdOrWithAnotherDatasetsId() {
		InvalidFactsException blank = catchThrowableOfType(InvalidFactsException.class,
				() -> RULES.evaluate(null, List.of(dataset(" "))));
		assertThat(blank.problem()).isEqualTo(Problem.INVALID_ID);
		assertThat(blank.field()).isEqualTo("datasets[0].id");

		InvalidFactsException twice = catchThrowableOfType(InvalidFactsException.class,
				() -> RULES.evaluate(null, List.of(dataset("a"), dataset("b"), dataset("a"))));
		assertThat(twice.problem()).isEqualTo(Problem.DUPLICATE_ID);
		assertThat(twice.field()).isEqualTo("datasets[2].id");
		assertThat(twice.arguments()).containsExactly("a");

		InvalidFactsException control = catchThrowableOfType(InvalidFactsException.class,
				() -> RULES.evaluate(null, List.of(dataset("a\nb"))));
		assertThat(control.problem()).isEqualTo(Problem.INVALID_ID);
	}

	@Test
	void quotesACallersOptionShortenedAndPrintable() {
		InvalidFactsException refused = catchThrowableOfType(InvalidFactsException.class,
				() -> RULES.evaluate(null, List.of(dataset("a", "aggregation", "x\u0000" + "y".repeat(100)))));
		String quoted = (String) refused.arguments()[1];
		assertThat(quoted).startsWith("x?y").endsWith("…").hasSize(61);
	}

	@Test
	void readsEveryAcceptedShapeOfAnAnswerAlike() {
		List<Map<String, Object>> shapes = List.of(
				Datasets.answers("smallest_count", 3, "topics", set("perceived_safety"), "collection_start",
						LocalDate.parse("2025-01-01")),
				Datasets.answers("smallest_count", 3L, "topics", List.of("perceived_safety", "perceived_safety"),
						"collection_start", "2025-01-01"),
				Datasets.answers("smallest_count", 3.0, "topics", new ArrayList<>(List.of("perceived_safety")),
						"collection_start", "2025-01-01"),
				Datasets.answers("smallest_count", BigInteger.valueOf(3), "topics", Set.of("perceived_safety"),
						"collection_start", "2025-01-01"),
				Datasets.answers("smallest_count", new BigDecimal("3.00"), "topics", List.of("perceived_safety"),
						"collection_start", "2025-01-01"));
		for (Map<String, Object> shape : shapes) {
			Map<String, Object> answers = new HashMap<>(shape);
			answers.putAll(Map.of("aggregation", "aggregated", "location_granularity", "site"));
			DatasetClassification result = RULES.evaluate(null, List.of(new DatasetFacts("d", answers)))
				.datasets()
				.get(0);
			assertThat(result.level()).as(shape.toString()).isEqualTo(Level.SECRET);
			assertThat(result.firedRules()).extracting(FiredRule::ruleKey)
				.containsExactly("small_counts_fine_granularity");
		}
	}

	@Test
	void aNullOrAnEmptyListIsUnanswered() {
		Map<String, Object> answers = new HashMap<>();
		answers.put("aggregation", "record_level");
		answers.put("location_granularity", "admin1");
		answers.put("direct_identifiers", null);
		Map<String, Object> emptyList = new HashMap<>(answers);
		emptyList.put("direct_identifiers", List.of());
		for (Map<String, Object> shape : List.of(answers, emptyList)) {
			DatasetClassification result = RULES.evaluate(null, List.of(new DatasetFacts("d", shape)))
				.datasets()
				.get(0);
			assertThat(result.firedRules()).extracting(FiredRule::ruleKey)
				.containsExactly("direct_identifiers_unanswered_record_level");
		}
	}

	@Test
	void noDatasetsMakeAPublicProject() {
		ProjectEvaluation evaluation = RULES.evaluate(ProjectContext.none(), List.of());
		assertThat(evaluation.projectLevel()).isEqualTo(Level.PUBLIC);
		assertThat(evaluation.datasets()).isEmpty();
		assertThat(evaluation.ruleSetId()).isEqualTo("iom-table-a-default");
		assertThat(evaluation.ruleSetVersion()).isEqualTo(RULES.definition().version());
	}

	private static Map<String, Object> answers(Object... keyValues) {
		Map<String, Object> answers = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			answers.put((String) keyValues[i], keyValues[i + 1]);
		}
		return answers;
	}

}
