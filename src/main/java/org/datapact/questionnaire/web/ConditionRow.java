package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.validation.Errors;

/**
 * One row of the question editor's condition: the earlier question it reads, how
 * ({@code equals}, {@code anyOf}, {@code answered}) and the values, chosen among the
 * question's answers or typed for a free-text one.
 */
record ConditionRow(String question, String operator, List<String> values, String text) {

	static final String EQUALS = "equals";

	static final String ANY_OF = "anyOf";

	static final String ANSWERED = "answered";

	static final List<String> OPERATORS = List.of(EQUALS, ANY_OF, ANSWERED);

	/** Longest typed value. */
	static final int VALUE_MAX = 500;

	private static final Set<String> YES_NO_UNKNOWN = Set.of("yes", "no", "unknown");

	ConditionRow {
		values = (values != null) ? values.stream().filter((v) -> v != null).toList() : List.of();
	}

	static ConditionRow blank() {
		return new ConditionRow("", EQUALS, List.of(), "");
	}

	boolean isBlank() {
		return QuestionForm.strip(this.question).isEmpty() && this.values.isEmpty()
				&& QuestionForm.strip(this.text).isEmpty();
	}

	public boolean chosen(String value) {
		return this.values.contains(value);
	}

	/** The row showing one part of a condition, or null when a row cannot show it. */
	static ConditionRow of(TemplateDefinition template, DisplayCondition part) {
		if (part instanceof Equals equals) {
			boolean choice = offersChoices(template, equals.question());
			return new ConditionRow(equals.question(), EQUALS, choice ? List.of(equals.value()) : List.of(),
					choice ? "" : equals.value());
		}
		if (part instanceof AnyOf anyOf) {
			boolean choice = offersChoices(template, anyOf.question());
			return new ConditionRow(anyOf.question(), ANY_OF, choice ? anyOf.values() : List.of(),
					choice ? "" : String.join(", ", anyOf.values()));
		}
		if (part instanceof Answered answered) {
			return new ConditionRow(answered.question(), ANSWERED, List.of(), "");
		}
		return null;
	}

	private static boolean offersChoices(TemplateDefinition template, String key) {
		return template.question(key)
			.map((question) -> question.type() == QuestionType.YES_NO_UNKNOWN
					|| question.type() != null && question.type().hasOptions())
			.orElse(false);
	}

	/**
	 * The condition the row describes, or null when it is blank or wrong (with the
	 * reasons in the errors, at the fields under {@code path}).
	 * @param allowed the questions a condition may read, by key
	 */
	DisplayCondition toCondition(String path, Map<String, Question> allowed, Errors errors) {
		String questionKey = QuestionForm.strip(this.question);
		if (questionKey.isEmpty()) {
			if (!isBlank()) {
				errors.rejectValue(path + "question", "template.form.condition.questionMissing");
			}
			return null;
		}
		Question target = allowed.get(questionKey);
		if (target == null) {
			errors.rejectValue(path + "question", "template.form.condition.notEarlier");
			return null;
		}
		String operator = QuestionForm.strip(this.operator);
		if (!OPERATORS.contains(operator)) {
			errors.rejectValue(path + "operator", "template.form.condition.operator.invalid");
			return null;
		}
		if (ANSWERED.equals(operator)) {
			return new Answered(questionKey);
		}
		Set<String> choices = choices(target);
		List<String> values;
		if (choices != null) {
			values = new ArrayList<>(new LinkedHashSet<>(this.values.stream().map(String::strip).toList()));
			for (String value : values) {
				if (!choices.contains(value)) {
					errors.rejectValue(path + "values", "template.form.condition.value",
							new Object[] { QuestionForm.abbreviate(value) }, null);
					return null;
				}
			}
		}
		else {
			String text = QuestionForm.strip(this.text);
			values = EQUALS.equals(operator) ? (text.isEmpty() ? List.of() : List.of(text))
					: Arrays.stream(text.split(","))
						.map(String::strip)
						.filter((value) -> !value.isEmpty())
						.distinct()
						.toList();
			if (values.stream().anyMatch((value) -> value.length() > VALUE_MAX)) {
				errors.rejectValue(path + "values", "template.form.condition.long", new Object[] { VALUE_MAX }, null);
				return null;
			}
		}
		if (values.isEmpty()) {
			errors.rejectValue(path + "values", "template.form.condition.some");
			return null;
		}
		if (EQUALS.equals(operator)) {
			if (values.size() != 1) {
				errors.rejectValue(path + "values", "template.form.condition.one");
				return null;
			}
			return new Equals(questionKey, values.get(0));
		}
		return new AnyOf(questionKey, values);
	}

	/** The values a question's answer can take, or {@code null} for free values. */
	private static Set<String> choices(Question target) {
		if (target.type() == QuestionType.YES_NO_UNKNOWN) {
			return YES_NO_UNKNOWN;
		}
		if (target.type() != null && target.type().hasOptions()) {
			Set<String> keys = new HashSet<>();
			target.options().forEach((option) -> keys.add(option.key()));
			return keys;
		}
		return null;
	}

}
