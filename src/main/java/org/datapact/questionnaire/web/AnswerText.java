package org.datapact.questionnaire.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.datapact.questionnaire.domain.AnswerCodec;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Answers as people read them: labels instead of keys, in their language. */
@Component
public class AnswerText {

	private final MessageSource messages;

	AnswerText(MessageSource messages) {
		this.messages = messages;
	}

	public String display(Question question, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		return switch (question.type()) {
			case YES_NO_UNKNOWN ->
				this.messages.getMessage("questionnaire.ynu." + value, null, String.valueOf(value), locale);
			case SINGLE_CHOICE -> optionLabel(question, String.valueOf(value), locale);
			case MULTIPLE_CHOICE -> ((Collection<?>) value).stream()
				.map((item) -> optionLabel(question, String.valueOf(item), locale))
				.collect(Collectors.joining(", "));
			case NUMBER -> number((BigDecimal) value, question, locale);
			case DATE ->
				((LocalDate) value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
			case COUNTRY -> org.datapact.shared.Countries.name(String.valueOf(value), locale);
			default -> String.valueOf(value);
		};
	}

	private static String number(BigDecimal value, Question question, Locale locale) {
		String unit = question.number().unit().in(locale);
		String number = value.stripTrailingZeros().toPlainString();
		return unit.isEmpty() ? number : number + " " + unit;
	}

	private static String optionLabel(Question question, String key, Locale locale) {
		return question.option(key).map(Option::label).map((label) -> label.in(locale)).orElse(key);
	}

	/** The values a form field shows back, as strings. */
	public List<String> inputs(Object value) {
		return AnswerCodec.inputs(value);
	}

	public boolean chosen(Object value, String optionKey) {
		return inputs(value).contains(optionKey);
	}

	/** Question types the page renders with a free text box. */
	public boolean isText(Question question) {
		return question.type() == QuestionType.SHORT_TEXT || question.type() == QuestionType.LONG_TEXT
				|| question.type() == QuestionType.NUMBER;
	}

}
