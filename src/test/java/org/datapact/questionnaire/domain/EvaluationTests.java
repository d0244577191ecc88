package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTests {

	static Question question(String key, QuestionType type, boolean required, DisplayCondition condition,
			String... options) {
		return new Question(key, type, LocalizedText.of(key, key), null, required,
				java.util.Arrays.stream(options).map((o) -> new Option(o, LocalizedText.of(o, o))).toList(), null,
				condition, null);

	}

	static final TemplateDefinition TEMPLATE = new TemplateDefinition("t", LocalizedText.of("T", "T"),
			List.of(new Section("s", LocalizedText.of("S", "S"), null, List.of(
					question("consent", QuestionType.YES_NO_UNKNOWN, true, null),
					question("basis", QuestionType.SINGLE_CHOICE, true, new Equals("consent", "no"), "law", "contract"),
					question("detail", QuestionType.SHORT_TEXT, true, new Equals("basis", "law")),
					question("topics", QuestionType.MULTIPLE_CHOICE, false, null, "health", "safety", "none"),
					question("either", QuestionType.SHORT_TEXT, false,
							new Any(List.of(new Equals("consent", "yes"), new AnyOf("topics", List.of("safety"))))),
					question("both", QuestionType.SHORT_TEXT, false,
							new All(List.of(new Answered("topics"), new Equals("consent", "yes")))),
					question("items", QuestionType.REPEATING_GROUP, true, null).withQuestions(
							List.of(question("kind", QuestionType.SINGLE_CHOICE, true, null, "aggregated", "records"),
									question("smallest", QuestionType.NUMBER, true, new Equals("kind", "aggregated")),
									question("safety_note", QuestionType.SHORT_TEXT, false,
											new AnyOf("topics", List.of("safety")))))))));

	static AnswerSet answers(Map<String, Object> top) {
		AnswerSet.Builder builder = new AnswerSet.Builder();
		top.forEach(builder::answer);
		return builder.build();
	}

	@Test
	void theTemplateIsValid() {
		assertThat(TEMPLATE.problems()).isEmpty();
	}

	@Test
	void equalsShowsAQuestionOnlyForThatAnswerAndHidingCascades() {
		Evaluation shown = Evaluation.of(TEMPLATE, answers(Map.of("consent", "no", "basis", "law")));
		assertThat(shown.isShown("basis")).isTrue();
		assertThat(shown.isShown("detail")).isTrue();
		Evaluation hidden = Evaluation.of(TEMPLATE, answers(Map.of("consent", "yes", "basis", "law", "detail", "x")));
		assertThat(hidden.isShown("basis")).isFalse();
		assertThat(hidden.isShown("detail")).as("its condition reads a hidden answer").isFalse();
		assertThat(hidden.visibleAnswers().answers()).containsOnlyKeys("consent");
	}

	@Test
	void anyOfMatchesAnyChosenValueAndAllAndAnyCombine() {
		Evaluation safety = Evaluation.of(TEMPLATE,
				answers(Map.of("consent", "no", "topics", List.of("health", "safety"))));
		assertThat(safety.isShown("either")).isTrue();
		assertThat(safety.isShown("both")).isFalse();
		Evaluation health = Evaluation.of(TEMPLATE, answers(Map.of("consent", "yes", "topics", List.of("health"))));
		assertThat(health.isShown("either")).isTrue();
		assertThat(health.isShown("both")).isTrue();
		Evaluation nothing = Evaluation.of(TEMPLATE, answers(Map.of("consent", "unknown")));
		assertThat(nothing.isShown("either")).isFalse();
		assertThat(nothing.isShown("both")).as("topics is not answered").isFalse();
	}

	@Test
	void groupMembersReadTheirOwnEntryFirstThenEarlierQuestions() {
		UUID aggregated = UUID.randomUUID();
		UUID records = UUID.randomUUID();
		AnswerSet answers = new AnswerSet.Builder().answer("consent", "yes")
			.answer("topics", List.of("safety"))
			.entry("items", aggregated)
			.entryAnswer(aggregated, "kind", "aggregated")
			.entry("items", records)
			.entryAnswer(records, "kind", "records")
			.entryAnswer(records, "smallest", new java.math.BigDecimal("3"))
			.build();
		Evaluation evaluation = Evaluation.of(TEMPLATE, answers);
		assertThat(evaluation.isShown(aggregated, "smallest")).isTrue();
		assertThat(evaluation.isShown(records, "smallest")).isFalse();
		assertThat(evaluation.isShown(records, "safety_note")).isTrue();
		assertThat(evaluation.missing()).extracting(Evaluation.Missing::questionKey, Evaluation.Missing::entryId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("smallest", aggregated));
		assertThat(evaluation.visibleAnswers().entries("items").get(1).answers()).containsOnlyKeys("kind");
	}

	@Test
	void aRequiredGroupWithoutEntriesIsMissingAndProgressCountsShownQuestionsOnly() {
		Evaluation evaluation = Evaluation.of(TEMPLATE, answers(Map.of("consent", "yes")));
		assertThat(evaluation.missing()).extracting(Evaluation.Missing::questionKey).containsExactly("items");
		assertThat(evaluation.progress("s")).isEqualTo(new Evaluation.Progress(1, 4));
		assertThat(evaluation.isComplete()).isFalse();
	}

	@Test
	void conditionsOnLaterOrUnknownQuestionsAndBadValuesAreTemplateProblems() {
		TemplateDefinition broken = new TemplateDefinition("t", LocalizedText.of("T", "T"),
				List.of(new Section("s", LocalizedText.of("S", "S"), null,
						List.of(question("first", QuestionType.SHORT_TEXT, false, new Answered("second")),
								question("second", QuestionType.YES_NO_UNKNOWN, false, new Equals("second", "yes")),
								question("third", QuestionType.YES_NO_UNKNOWN, false, new Equals("second", "perhaps")),
								question("fourth", QuestionType.SINGLE_CHOICE, false, new Any(List.of())),
								question("Bad Key", QuestionType.SHORT_TEXT, false, null),
								question("third", QuestionType.SHORT_TEXT, false, null)))));
		assertThat(broken.problems()).extracting(Problem::messageKey)
			.contains("template.problem.conditionReference", "template.problem.conditionValue",
					"template.problem.emptyCondition", "template.problem.noOptions", "template.problem.badKey",
					"template.problem.duplicateKey");
	}

}
