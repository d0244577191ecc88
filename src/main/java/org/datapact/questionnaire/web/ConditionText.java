package org.datapact.questionnaire.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A display condition as people read it, in their language: "Shown when “Is two-factor
 * authentication switched on…?” is “Yes” and “How often is the data backed up?” is one of
 * “Daily”, “Weekly”". Questions and answers are named by their labels; a key the template
 * does not know is shown as it is.
 */
@Component
public class ConditionText {

	private final MessageSource messages;

	ConditionText(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence for a question's condition; empty when it is always shown. */
	public String text(TemplateDefinition template, DisplayCondition condition, Locale locale) {
		if (condition == null) {
			return "";
		}
		return message("template.condition.shownWhen", locale, part(template, condition, locale, false));
	}

	private String part(TemplateDefinition template, DisplayCondition condition, Locale locale, boolean nested) {
		if (condition instanceof Equals equals) {
			Optional<Question> target = template.question(equals.question());
			return message("template.condition.equals", locale, label(target, equals.question(), locale),
					value(target, equals.value(), locale));
		}
		if (condition instanceof AnyOf anyOf) {
			Optional<Question> target = template.question(anyOf.question());
			String values = anyOf.values()
				.stream()
				.map((value) -> value(target, value, locale))
				.reduce((a, b) -> message("template.condition.list", locale, a, b))
				.orElse("");
			return message("template.condition.anyOf", locale, label(target, anyOf.question(), locale), values);
		}
		if (condition instanceof Answered answered) {
			return message("template.condition.answered", locale,
					label(template.question(answered.question()), answered.question(), locale));
		}
		if (condition instanceof All all) {
			return joined(template, all.conditions(), "template.condition.and", locale, nested);
		}
		if (condition instanceof Any any) {
			return joined(template, any.conditions(), "template.condition.or", locale, nested);
		}
		return "";
	}

	private String joined(TemplateDefinition template, List<DisplayCondition> parts, String joiner, Locale locale,
			boolean nested) {
		String text = parts.stream()
			.map((part) -> part(template, part, locale, true))
			.reduce((a, b) -> message(joiner, locale, a, b))
			.orElse("");
		return (nested && parts.size() > 1) ? message("template.condition.group", locale, text) : text;
	}

	private static String label(Optional<Question> question, String key, Locale locale) {
		String label = question.map((found) -> found.label().in(locale)).orElse("");
		return label.isEmpty() ? String.valueOf(key) : label;
	}

	private String value(Optional<Question> question, String value, Locale locale) {
		String text = value;
		if (question.isPresent() && question.get().type() == QuestionType.YES_NO_UNKNOWN) {
			text = this.messages.getMessage("questionnaire.ynu." + value, null, value, locale);
		}
		else if (question.isPresent() && question.get().type() != null && question.get().type().hasOptions()) {
			text = question.get()
				.option(value)
				.map(Option::label)
				.map((label) -> label.in(locale))
				.filter((label) -> !label.isEmpty())
				.orElse(value);
		}
		return message("template.condition.value", locale, text);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
