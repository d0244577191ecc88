package org.datapact.questionnaire.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * When a question is shown, in terms of earlier answers. A question whose condition is
 * false is hidden: its answer is not asked for, not required, and discarded on submit.
 * Answers are looked up by question key; a hidden or unanswered question yields
 * {@code null}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = DisplayCondition.Equals.class, name = "equals"),
		@JsonSubTypes.Type(value = DisplayCondition.AnyOf.class, name = "anyOf"),
		@JsonSubTypes.Type(value = DisplayCondition.Answered.class, name = "answered"),
		@JsonSubTypes.Type(value = DisplayCondition.All.class, name = "all"),
		@JsonSubTypes.Type(value = DisplayCondition.Any.class, name = "any") })
@Schema(name = "DisplayCondition", description = "When a question is shown, by its `type`",
		discriminatorProperty = "type",
		discriminatorMapping = { @DiscriminatorMapping(value = "equals", schema = DisplayCondition.Equals.class),
				@DiscriminatorMapping(value = "anyOf", schema = DisplayCondition.AnyOf.class),
				@DiscriminatorMapping(value = "answered", schema = DisplayCondition.Answered.class),
				@DiscriminatorMapping(value = "all", schema = DisplayCondition.All.class),
				@DiscriminatorMapping(value = "any", schema = DisplayCondition.Any.class) })
public sealed interface DisplayCondition {

	boolean test(Function<String, Object> answers);

	/** The question keys this condition reads. */
	Set<String> references();

	/**
	 * The answer equals the value; for a multiple choice, the value is among those
	 * chosen.
	 */
	@Schema(name = "EqualsCondition", description = "Shown when the answer equals the value (or, for a multiple "
			+ "choice, the value is among those chosen)")
	record Equals(String question, String value) implements DisplayCondition {

		@Override
		public boolean test(Function<String, Object> answers) {
			return matches(answers.apply(this.question), Set.of(this.value));
		}

		@Override
		public Set<String> references() {
			return Set.of(this.question);
		}

	}

	/** The answer is one of the values; for a multiple choice, any chosen value is. */
	@Schema(name = "AnyOfCondition", description = "Shown when the answer is one of the values")
	record AnyOf(String question, List<String> values) implements DisplayCondition {

		public AnyOf {
			values = (values != null) ? List.copyOf(values) : List.of();
		}

		@Override
		public boolean test(Function<String, Object> answers) {
			return matches(answers.apply(this.question), Set.copyOf(this.values));
		}

		@Override
		public Set<String> references() {
			return Set.of(this.question);
		}

	}

	/** The question has an answer. */
	@Schema(name = "AnsweredCondition", description = "Shown when the question has an answer")
	record Answered(String question) implements DisplayCondition {

		@Override
		public boolean test(Function<String, Object> answers) {
			return Answers.isPresent(answers.apply(this.question));
		}

		@Override
		public Set<String> references() {
			return Set.of(this.question);
		}

	}

	/** Every condition holds. */
	@Schema(name = "AllCondition", description = "Shown when every condition holds")
	record All(List<DisplayCondition> conditions) implements DisplayCondition {

		public All {
			conditions = (conditions != null) ? List.copyOf(conditions) : List.of();
		}

		@Override
		public boolean test(Function<String, Object> answers) {
			return this.conditions.stream().allMatch((condition) -> condition.test(answers));
		}

		@Override
		public Set<String> references() {
			return union(this.conditions);
		}

	}

	/** At least one condition holds. */
	@Schema(name = "AnyCondition", description = "Shown when at least one condition holds")
	record Any(List<DisplayCondition> conditions) implements DisplayCondition {

		public Any {
			conditions = (conditions != null) ? List.copyOf(conditions) : List.of();
		}

		@Override
		public boolean test(Function<String, Object> answers) {
			return this.conditions.stream().anyMatch((condition) -> condition.test(answers));
		}

		@Override
		public Set<String> references() {
			return union(this.conditions);
		}

	}

	private static boolean matches(Object answer, Set<String> values) {
		if (answer instanceof Collection<?> chosen) {
			return chosen.stream().map(DisplayCondition::text).anyMatch(values::contains);
		}
		return answer != null && values.contains(text(answer));
	}

	private static String text(Object value) {
		return (value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}

	private static Set<String> union(List<DisplayCondition> conditions) {
		Set<String> keys = new LinkedHashSet<>();
		conditions.forEach((condition) -> keys.addAll(condition.references()));
		return keys;
	}

}
