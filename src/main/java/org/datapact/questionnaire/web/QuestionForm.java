package org.datapact.questionnaire.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.datapact.definition.LocalizedText;
import org.datapact.definition.LockVersion;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.NumberRange;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.validation.Errors;

/**
 * The question editor's fields, all as typed, so that bad input comes back to the form
 * unchanged with an error next to the field. Options are lines of
 * {@code key | English label | French label}; the condition is up to four rows combined
 * with "all" or "any".
 */
record QuestionForm(String lockVersion, String key, String type, String labelEn, String labelFr, String guidanceEn,
		String guidanceFr, String required, String options, String numberMin, String numberMax, String numberWhole,
		String unitEn, String unitFr, String combine, ConditionRow row0, ConditionRow row1, ConditionRow row2,
		ConditionRow row3, String keepCondition) {

	static final int ROWS = 4;

	static final int LABEL_MAX = 1000;

	static final int GUIDANCE_MAX = 5000;

	static final int UNIT_MAX = 100;

	static final int OPTIONS_MAX = 200;

	/** Longest label of an option, in either language; as long as a condition's value. */
	static final int VALUE_MAX = ConditionRow.VALUE_MAX;

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");

	QuestionForm {
		row0 = (row0 != null) ? row0 : ConditionRow.blank();
		row1 = (row1 != null) ? row1 : ConditionRow.blank();
		row2 = (row2 != null) ? row2 : ConditionRow.blank();
		row3 = (row3 != null) ? row3 : ConditionRow.blank();
	}

	private QuestionForm(String lockVersion, String key, String type, String labelEn, String labelFr, String guidanceEn,
			String guidanceFr, String required, String options, String numberMin, String numberMax, String numberWhole,
			String unitEn, String unitFr, String combine, List<ConditionRow> rows, String keepCondition) {
		this(lockVersion, key, type, labelEn, labelFr, guidanceEn, guidanceFr, required, options, numberMin, numberMax,
				numberWhole, unitEn, unitFr, combine, row(rows, 0), row(rows, 1), row(rows, 2), row(rows, 3),
				keepCondition);
	}

	private static ConditionRow row(List<ConditionRow> rows, int index) {
		return (index < rows.size()) ? rows.get(index) : null;
	}

	/** The condition editor's rows, always four; blank rows mean nothing. */
	public List<ConditionRow> rows() {
		return List.of(this.row0, this.row1, this.row2, this.row3);
	}

	static QuestionForm blank(long lockVersion) {
		return new QuestionForm(String.valueOf(lockVersion), "", QuestionType.YES_NO_UNKNOWN.name(), "", "", "", "", "",
				"", "", "", "", "", "", "all", List.of(), "");
	}

	/** The form showing a question as it is. */
	static QuestionForm of(TemplateDefinition template, Question question, long lockVersion) {
		NumberRange number = (question.number() != null) ? question.number() : NumberRange.ANY;
		String options = question.options()
			.stream()
			.map((option) -> optionLine(option))
			.collect(Collectors.joining("\n"));
		List<ConditionRow> rows = new ArrayList<>();
		String combine = "all";
		boolean complex = false;
		DisplayCondition condition = question.condition();
		List<DisplayCondition> parts = (condition == null) ? List.of() : (condition instanceof All all)
				? all.conditions() : (condition instanceof Any any) ? any.conditions() : List.of(condition);
		if (condition instanceof Any) {
			combine = "any";
		}
		for (DisplayCondition part : parts) {
			ConditionRow row = ConditionRow.of(template, part);
			if (row == null) {
				complex = true;
				break;
			}
			rows.add(row);
		}
		if (complex || rows.size() > ROWS) {
			rows.clear();
			complex = true;
		}
		return new QuestionForm(String.valueOf(lockVersion), question.key(),
				(question.type() != null) ? question.type().name() : "", question.label().in("en"),
				question.label().in("fr"), question.guidance().in("en"), question.guidance().in("fr"),
				question.required() ? "true" : "", options, plain(number.min()), plain(number.max()),
				number.integer() ? "true" : "", number.unit().in("en"), number.unit().in("fr"), combine, rows,
				complex ? "true" : "");
	}

	private static String optionLine(Option option) {
		String french = option.label().in("fr");
		return option.key() + " | " + option.label().in("en") + (french.isEmpty() ? "" : " | " + french);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	QuestionForm withLockVersion(long newLockVersion) {
		return new QuestionForm(String.valueOf(newLockVersion), this.key, this.type, this.labelEn, this.labelFr,
				this.guidanceEn, this.guidanceFr, this.required, this.options, this.numberMin, this.numberMax,
				this.numberWhole, this.unitEn, this.unitFr, this.combine, this.row0, this.row1, this.row2, this.row3,
				this.keepCondition);
	}

	/** The version of the draft the form was filled in on. */
	long lock() {
		return LockVersion.parse(this.lockVersion);
	}

	boolean isKeptCondition() {
		return "true".equals(this.keepCondition);
	}

	/** The selected question type, if the form names one. */
	QuestionType questionType() {
		try {
			return QuestionType.valueOf(String.valueOf(this.type).strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The question the form describes, or {@code null} with the reasons in the errors.
	 * @param template the draft, to look up the questions conditions read
	 * @param candidates the questions the condition may read
	 * @param current the condition now kept, for a condition the rows cannot show
	 */
	Question toQuestion(TemplateDefinition template, List<Question> candidates, DisplayCondition current,
			Errors errors) {
		String questionKey = strip(this.key);
		if (questionKey.isEmpty()) {
			errors.rejectValue("key", "template.form.key.required");
		}
		else if (!TemplateDefinition.isKey(questionKey)) {
			errors.rejectValue("key", "template.problem.badKey", new Object[] { abbreviate(questionKey) }, null);
		}
		QuestionType questionType = questionType();
		if (questionType == null) {
			errors.rejectValue("type", "template.form.type.required");
		}
		if (strip(this.labelEn).isEmpty()) {
			errors.rejectValue("labelEn", "template.form.labelEn.required");
		}
		checkLength(errors, "labelEn", this.labelEn, LABEL_MAX);
		checkLength(errors, "labelFr", this.labelFr, LABEL_MAX);
		checkLength(errors, "guidanceEn", this.guidanceEn, GUIDANCE_MAX);
		checkLength(errors, "guidanceFr", this.guidanceFr, GUIDANCE_MAX);
		List<Option> parsedOptions = parseOptions(questionType, errors);
		NumberRange number = parseNumber(questionType, errors);
		DisplayCondition condition = parseCondition(template, candidates, current, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new Question(questionKey, questionType, LocalizedText.of(strip(this.labelEn), strip(this.labelFr)),
				LocalizedText.of(strip(this.guidanceEn), strip(this.guidanceFr)), isTrue(this.required), parsedOptions,
				number, condition, List.of());
	}

	private List<Option> parseOptions(QuestionType questionType, Errors errors) {
		List<String> lines = strip(this.options).lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (questionType == null) {
			return List.of();
		}
		if (!questionType.hasOptions()) {
			if (!lines.isEmpty()) {
				errors.rejectValue("options", "template.form.options.notAllowed");
			}
			return List.of();
		}
		if (lines.isEmpty()) {
			errors.rejectValue("options", "template.form.options.required");
			return List.of();
		}
		if (lines.size() > OPTIONS_MAX) {
			errors.rejectValue("options", "template.form.options.tooMany", new Object[] { OPTIONS_MAX }, null);
			return List.of();
		}
		List<Option> parsed = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		int number = 0;
		for (String line : strip(this.options).lines().toList()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length < 2 || parts.length > 3) {
				errors.rejectValue("options", "template.form.options.line", new Object[] { number }, null);
				return List.of();
			}
			String optionKey = parts[0].strip();
			String english = parts[1].strip();
			String french = (parts.length > 2) ? parts[2].strip() : "";
			if (!TemplateDefinition.isKey(optionKey)) {
				errors.rejectValue("options", "template.form.options.key",
						new Object[] { number, abbreviate(optionKey) }, null);
				return List.of();
			}
			if (english.isEmpty()) {
				errors.rejectValue("options", "template.form.options.label", new Object[] { number }, null);
				return List.of();
			}
			if (english.length() > VALUE_MAX || french.length() > VALUE_MAX) {
				errors.rejectValue("options", "template.form.options.long", new Object[] { number, VALUE_MAX }, null);
				return List.of();
			}
			if (!keys.add(optionKey)) {
				errors.rejectValue("options", "template.form.options.duplicate", new Object[] { number, optionKey },
						null);
				return List.of();
			}
			parsed.add(new Option(optionKey, LocalizedText.of(english, french)));
		}
		return parsed;
	}

	private NumberRange parseNumber(QuestionType questionType, Errors errors) {
		checkLength(errors, "unitEn", this.unitEn, UNIT_MAX);
		checkLength(errors, "unitFr", this.unitFr, UNIT_MAX);
		if (questionType != QuestionType.NUMBER) {
			boolean given = !strip(this.numberMin).isEmpty() || !strip(this.numberMax).isEmpty()
					|| isTrue(this.numberWhole) || !strip(this.unitEn).isEmpty() || !strip(this.unitFr).isEmpty();
			if (given && questionType != null) {
				errors.rejectValue("numberMin", "template.form.number.notAllowed");
			}
			return null;
		}
		BigDecimal min = number(errors, "numberMin", this.numberMin);
		BigDecimal max = number(errors, "numberMax", this.numberMax);
		if (min != null && max != null && min.compareTo(max) > 0) {
			errors.rejectValue("numberMax", "template.problem.bounds");
		}
		return new NumberRange(min, max, isTrue(this.numberWhole),
				LocalizedText.of(strip(this.unitEn), strip(this.unitFr)));
	}

	private static BigDecimal number(Errors errors, String field, String text) {
		String value = strip(text);
		if (value.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(value).matches()) {
			errors.rejectValue(field, "template.form.number.invalid");
			return null;
		}
		return new BigDecimal(value.replace(',', '.'));
	}

	private DisplayCondition parseCondition(TemplateDefinition template, List<Question> candidates,
			DisplayCondition current, Errors errors) {
		if (!"all".equals(this.combine) && !"any".equals(this.combine)) {
			errors.rejectValue("combine", "template.form.condition.combine.invalid");
			return null;
		}
		List<ConditionRow> rows = rows();
		Map<String, Question> allowed = new HashMap<>();
		candidates.forEach((candidate) -> allowed.put(candidate.key(), candidate));
		List<DisplayCondition> parts = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			DisplayCondition part = rows.get(i).toCondition("row" + i + ".", allowed, errors);
			if (part != null) {
				parts.add(part);
			}
		}
		if (parts.isEmpty()) {
			return isKeptCondition() ? current : null;
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return "any".equals(this.combine) ? new Any(parts) : new All(parts);
	}

	private static void checkLength(Errors errors, String field, String text, int max) {
		if (strip(text).length() > max) {
			errors.rejectValue(field, "template.form.tooLong", new Object[] { max }, null);
		}
	}

	static boolean isTrue(String value) {
		return "true".equals(value) || "on".equals(value);
	}

	static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	static String abbreviate(String value) {
		return (value.length() > 70) ? value.substring(0, 69) + "…" : value;
	}

}
