package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;

/**
 * The content of one template version: sections of questions, some in repeating groups.
 * Question keys are unique across the whole template, so that a condition, an answer and
 * a rule name exactly one question.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record TemplateDefinition(String key, LocalizedText title, List<Section> sections) {

	public static final int MAX_QUESTIONS = 1000;

	/** Longest title, in any language, that a version's list entry can hold. */
	public static final int MAX_TITLE = 500;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static final Set<String> YES_NO_UNKNOWN = Set.of("yes", "no", "unknown");

	public TemplateDefinition {
		title = (title != null) ? title : LocalizedText.EMPTY;
		sections = (sections != null) ? List.copyOf(sections) : List.of();
	}

	/** Every question, group members right after their group, in template order. */
	public List<Question> questions() {
		List<Question> all = new ArrayList<>();
		for (Section section : this.sections) {
			for (Question question : section.questions()) {
				all.add(question);
				all.addAll(question.questions());
			}
		}
		return all;
	}

	public Map<String, Question> questionsByKey() {
		Map<String, Question> byKey = new LinkedHashMap<>();
		questions().forEach((question) -> byKey.putIfAbsent(question.key(), question));
		return byKey;
	}

	public Optional<Question> question(String questionKey) {
		return Optional.ofNullable(questionsByKey().get(questionKey));
	}

	/** The group a question belongs to, if it is asked once per entry. */
	public Optional<Question> groupOf(String questionKey) {
		for (Section section : this.sections) {
			for (Question question : section.questions()) {
				if (question.questions().stream().anyMatch((child) -> child.key().equals(questionKey))) {
					return Optional.of(question);
				}
			}
		}
		return Optional.empty();
	}

	public Optional<Section> section(String sectionKey) {
		return this.sections.stream().filter((section) -> section.key().equals(sectionKey)).findFirst();
	}

	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		checkKey("key", this.key, problems);
		if (this.title.in(LocalizedText.FALLBACK).isEmpty()) {
			problems.add(Problem.of("title", "template.problem.titleMissing"));
		}
		if (this.title.texts().values().stream().anyMatch((text) -> text.length() > MAX_TITLE)) {
			problems.add(Problem.of("title", "template.problem.titleTooLong", MAX_TITLE));
		}
		if (this.sections.isEmpty()) {
			problems.add(Problem.of("sections", "template.problem.noSections"));
		}
		if (questions().size() > MAX_QUESTIONS) {
			problems.add(Problem.of("sections", "template.problem.tooManyQuestions", MAX_QUESTIONS));
		}
		Set<String> sectionKeys = new HashSet<>();
		Map<String, Question> earlier = new HashMap<>();
		for (Section section : this.sections) {
			String path = String.valueOf(section.key());
			checkKey(path, section.key(), problems);
			if (section.key() != null && !sectionKeys.add(section.key())) {
				problems.add(Problem.of(path, "template.problem.duplicateKey", section.key()));
			}
			if (section.title().in(LocalizedText.FALLBACK).isEmpty()) {
				problems.add(Problem.of(path, "template.problem.labelMissing"));
			}
			for (Question question : section.questions()) {
				checkQuestion(path + "/" + question.key(), question, earlier, Map.of(), false, problems);
				if (question.isGroup()) {
					Map<String, Question> siblings = new HashMap<>();
					for (Question child : question.questions()) {
						checkQuestion(path + "/" + question.key() + "/" + child.key(), child, earlier, siblings, true,
								problems);
					}
					if (question.questions().isEmpty()) {
						problems.add(Problem.of(path + "/" + question.key(), "template.problem.emptyGroup"));
					}
				}
			}
		}
		return problems;
	}

	private static void checkQuestion(String path, Question question, Map<String, Question> earlier,
			Map<String, Question> siblings, boolean inGroup, List<Problem> problems) {
		checkKey(path, question.key(), problems);
		if (question.type() == null) {
			problems.add(Problem.of(path, "template.problem.typeMissing"));
			return;
		}
		if (question.label().in(LocalizedText.FALLBACK).isEmpty()) {
			problems.add(Problem.of(path, "template.problem.labelMissing"));
		}
		if (question.key() != null && (earlier.containsKey(question.key()) || siblings.containsKey(question.key()))) {
			problems.add(Problem.of(path, "template.problem.duplicateKey", question.key()));
		}
		if (inGroup && question.isGroup()) {
			problems.add(Problem.of(path, "template.problem.nestedGroup"));
		}
		if (!question.isGroup() && !question.questions().isEmpty()) {
			problems.add(Problem.of(path, "template.problem.questionsOutsideGroup"));
		}
		checkOptions(path, question, problems);
		if (question.type() == QuestionType.NUMBER && question.number().min() != null && question.number().max() != null
				&& question.number().min().compareTo(question.number().max()) > 0) {
			problems.add(Problem.of(path, "template.problem.bounds"));
		}
		if (question.condition() != null) {
			checkCondition(path, question.condition(), earlier, siblings, problems);
		}
		if (question.key() != null) {
			(inGroup ? siblings : earlier).put(question.key(), question);
		}
	}

	private static void checkOptions(String path, Question question, List<Problem> problems) {
		if (question.type().hasOptions()) {
			if (question.options().isEmpty()) {
				problems.add(Problem.of(path, "template.problem.noOptions"));
			}
			Set<String> optionKeys = new HashSet<>();
			for (Option option : question.options()) {
				checkKey(path, option.key(), problems);
				if (option.key() != null && !optionKeys.add(option.key())) {
					problems.add(Problem.of(path, "template.problem.duplicateKey", option.key()));
				}
				if (option.label().in(LocalizedText.FALLBACK).isEmpty()) {
					problems.add(Problem.of(path, "template.problem.labelMissing"));
				}
			}
		}
		else if (!question.options().isEmpty()) {
			problems.add(Problem.of(path, "template.problem.optionsNotAllowed"));
		}
	}

	private static void checkCondition(String path, DisplayCondition condition, Map<String, Question> earlier,
			Map<String, Question> siblings, List<Problem> problems) {
		if (condition instanceof DisplayCondition.All all && all.conditions().isEmpty()
				|| condition instanceof DisplayCondition.Any any && any.conditions().isEmpty()) {
			problems.add(Problem.of(path, "template.problem.emptyCondition"));
		}
		if (condition instanceof DisplayCondition.All all) {
			all.conditions().forEach((part) -> checkCondition(path, part, earlier, siblings, problems));
			return;
		}
		if (condition instanceof DisplayCondition.Any any) {
			any.conditions().forEach((part) -> checkCondition(path, part, earlier, siblings, problems));
			return;
		}
		for (String reference : condition.references()) {
			Question target = siblings.containsKey(reference) ? siblings.get(reference) : earlier.get(reference);
			if (target == null || target.isGroup()) {
				problems.add(Problem.of(path, "template.problem.conditionReference", reference));
				continue;
			}
			List<String> values = (condition instanceof Equals equals) ? List.of(String.valueOf(equals.value()))
					: (condition instanceof AnyOf anyOf) ? anyOf.values() : List.of();
			if (condition instanceof AnyOf && values.isEmpty()) {
				problems.add(Problem.of(path, "template.problem.emptyCondition"));
			}
			for (String value : values) {
				if (!allowedValue(target, value)) {
					problems.add(Problem.of(path, "template.problem.conditionValue", value, reference));
				}
			}
		}
	}

	private static boolean allowedValue(Question target, String value) {
		if (target.type().hasOptions()) {
			return target.option(value).isPresent();
		}
		if (target.type() == QuestionType.YES_NO_UNKNOWN) {
			return YES_NO_UNKNOWN.contains(value);
		}
		return value != null && !value.isBlank();
	}

	/**
	 * Whether a text can be a key: lower-case letters, digits and underscores, starting
	 * with a letter, at most 63 characters.
	 */
	public static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	private static void checkKey(String path, String key, List<Problem> problems) {
		if (!isKey(key)) {
			problems.add(Problem.of(path, "template.problem.badKey", String.valueOf(key)));
		}
	}

}
