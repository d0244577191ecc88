package org.datapact.questionnaire.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.datapact.questionnaire.domain.AnswerCodec;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.shared.Countries;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Answers as people read them: labels instead of keys, in their language. */
@Component
public class AnswerText {

	private final MessageSource messages;

	private final Map<String, String> countryOptions = new ConcurrentHashMap<>();

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

	/**
	 * The options of a country picker as HTML, the answer selected. Built once per
	 * language and reused: a long questionnaire may ask for many countries, and rendering
	 * some 250 options per question through the template engine would dominate the page's
	 * time.
	 */
	public String countryOptions(Object value, Locale locale) {
		String options = this.countryOptions.computeIfAbsent(locale.getLanguage(), (language) -> {
			StringBuilder html = new StringBuilder();
			for (Countries.Country country : Countries.all(locale)) {
				html.append("<option value=\"")
					.append(country.code())
					.append("\">")
					.append(HtmlUtils.htmlEscape(country.name()))
					.append("</option>");
			}
			return html.toString();
		});
		if (value == null || !Countries.isKnown(String.valueOf(value))) {
			return options;
		}
		String option = "<option value=\"" + value + "\">";
		return options.replace(option, "<option value=\"" + value + "\" selected>");
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
