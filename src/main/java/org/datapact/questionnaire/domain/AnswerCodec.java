package org.datapact.questionnaire.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns what a person typed or picked into a typed answer, and typed answers into JSON
 * and back. Typed answers are {@code String} (text, choice, yes/no/unknown, country),
 * {@code List<String>} (multiple choice, in template order), {@code BigDecimal} and
 * {@code LocalDate}; an empty input means no answer.
 */
public final class AnswerCodec {

	public static final int SHORT_TEXT_MAX = 500;

	public static final int LONG_TEXT_MAX = 10_000;

	public static final String NONE = "none";

	private static final Set<String> YES_NO_UNKNOWN = Set.of("yes", "no", "unknown");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerCodec() {
	}

	/** The outcome of reading an input: a value (possibly {@code null}) or a problem. */
	public record Parsed(Object value, String problem, List<Object> arguments) {

		static Parsed value(Object value) {
			return new Parsed(value, null, List.of());
		}

		static Parsed problem(String messageKey, Object... arguments) {
			return new Parsed(null, messageKey, List.of(arguments));
		}

		public boolean isValid() {
			return this.problem == null;
		}

	}

	public static Parsed parse(Question question, List<String> inputs) {
		List<String> values = new ArrayList<>();
		if (inputs != null) {
			for (String input : inputs) {
				String cleaned = clean(input);
				if (!cleaned.isBlank()) {
					values.add(cleaned);
				}
			}
		}
		if (values.isEmpty()) {
			return Parsed.value(null);
		}
		if (question.type() != QuestionType.MULTIPLE_CHOICE && values.size() > 1) {
			return Parsed.problem("questionnaire.answer.oneValue");
		}
		String value = values.get(0);
		return switch (question.type()) {
			case YES_NO_UNKNOWN -> YES_NO_UNKNOWN.contains(value) ? Parsed.value(value)
					: Parsed.problem("questionnaire.answer.invalidChoice");
			case SINGLE_CHOICE -> question.option(value).isPresent() ? Parsed.value(value)
					: Parsed.problem("questionnaire.answer.invalidChoice");
			case MULTIPLE_CHOICE -> parseChoices(question, values);
			case SHORT_TEXT -> text(value, SHORT_TEXT_MAX);
			case LONG_TEXT -> text(value, LONG_TEXT_MAX);
			case NUMBER -> number(question.number(), value);
			case DATE -> date(value);
			case COUNTRY -> COUNTRIES.contains(value.toUpperCase(Locale.ROOT))
					? Parsed.value(value.toUpperCase(Locale.ROOT)) : Parsed.problem("questionnaire.answer.country");
			case REPEATING_GROUP -> Parsed.problem("questionnaire.answer.invalidChoice");
		};
	}

	private static Parsed parseChoices(Question question, List<String> values) {
		Set<String> chosen = new LinkedHashSet<>(values);
		for (String value : chosen) {
			if (question.option(value).isEmpty()) {
				return Parsed.problem("questionnaire.answer.invalidChoice");
			}
		}
		if (chosen.contains(NONE) && chosen.size() > 1) {
			return Parsed.problem("questionnaire.answer.noneWithOthers");
		}
		List<String> ordered = question.options().stream().map(Option::key).filter(chosen::contains).toList();
		return Parsed.value(ordered);
	}

	private static Parsed text(String value, int max) {
		String text = value.strip();
		return (text.codePointCount(0, text.length()) <= max) ? Parsed.value(text)
				: Parsed.problem("questionnaire.answer.tooLong", max);
	}

	private static Parsed number(NumberRange range, String input) {
		String normalised = input.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (normalised.matches("-?\\d+,\\d+")) {
			normalised = normalised.replace(',', '.');
		}
		if (normalised.length() > 30 || !normalised.matches("-?\\d+(\\.\\d+)?")) {
			return Parsed.problem("questionnaire.answer.number");
		}
		BigDecimal number = new BigDecimal(normalised);
		if (range.integer() && number.stripTrailingZeros().scale() > 0) {
			return Parsed.problem("questionnaire.answer.wholeNumber");
		}
		if (!range.allows(number)) {
			return Parsed.problem("questionnaire.answer.range", plain(range.min()), plain(range.max()));
		}
		return Parsed.value(number);
	}

	private static String plain(BigDecimal bound) {
		return (bound != null) ? bound.stripTrailingZeros().toPlainString() : "–";
	}

	private static Parsed date(String input) {
		try {
			LocalDate date = LocalDate.parse(input.strip());
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				return Parsed.problem("questionnaire.answer.dateRange");
			}
			return Parsed.value(date);
		}
		catch (DateTimeParseException ex) {
			return Parsed.problem("questionnaire.answer.date");
		}
	}

	/**
	 * PostgreSQL cannot store NUL; other control characters but line breaks and tabs go
	 * too.
	 */
	private static String clean(String input) {
		if (input == null) {
			return "";
		}
		StringBuilder cleaned = new StringBuilder(input.length());
		input.codePoints()
			.filter((c) -> c == '\n' || c == '\t' || c == '\r' || !Character.isISOControl(c))
			.forEach(cleaned::appendCodePoint);
		return cleaned.toString().replace("\r\n", "\n");
	}

	public static JsonNode toJson(Object value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof Collection<?> values) {
			ArrayNode array = nodes.arrayNode();
			values.forEach((item) -> array.add(String.valueOf(item)));
			return array;
		}
		if (value instanceof BigDecimal number) {
			return nodes.numberNode(number);
		}
		return nodes.stringNode(String.valueOf(value));
	}

	public static String toJsonText(Object value) {
		return JSON.writeValueAsString(toJson(value));
	}

	/** Reads a stored answer; one that no longer fits the question reads as no answer. */
	public static Object fromJson(Question question, JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return switch (question.type()) {
			case MULTIPLE_CHOICE -> {
				List<String> values = new ArrayList<>();
				node.forEach((item) -> values.add(item.asString()));
				yield values;
			}
			case NUMBER -> node.isNumber() ? node.decimalValue() : null;
			case DATE -> {
				try {
					yield LocalDate.parse(node.asString());
				}
				catch (DateTimeParseException ex) {
					yield null;
				}
			}
			default -> node.isString() ? node.asString() : null;
		};
	}

	public static Object fromJsonText(Question question, String json) {
		return (json != null) ? fromJson(question, JSON.readTree(json)) : null;
	}

	/** The value as a form field shows it back. */
	public static List<String> inputs(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (value instanceof BigDecimal number) {
			return List.of(number.toPlainString());
		}
		return List.of(String.valueOf(value));
	}

}
