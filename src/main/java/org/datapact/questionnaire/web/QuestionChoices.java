package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.context.MessageSource;

/**
 * What a question's condition may read: the questions asked before it (for a group
 * member, also the members before it in its group), and the answers each of them offers.
 */
final class QuestionChoices {

	private static final int LABEL_LENGTH = 90;

	private QuestionChoices() {
	}

	/** The questions an existing question's condition may read. */
	static List<Question> before(TemplateDefinition template, String key) {
		List<Question> earlier = new ArrayList<>();
		for (Section section : template.sections()) {
			for (Question question : section.questions()) {
				if (java.util.Objects.equals(question.key(), key)) {
					return earlier;
				}
				int member = indexOf(question.questions(), key);
				if (member >= 0) {
					earlier.addAll(question.questions().subList(0, member));
					return withoutGroups(earlier);
				}
				earlier.add(question);
			}
		}
		return withoutGroups(earlier);
	}

	/** The questions a question added at the end of a section may read. */
	static List<Question> beforeEndOfSection(TemplateDefinition template, String sectionKey) {
		List<Question> earlier = new ArrayList<>();
		for (Section section : template.sections()) {
			earlier.addAll(section.questions());
			if (java.util.Objects.equals(section.key(), sectionKey)) {
				break;
			}
		}
		return withoutGroups(earlier);
	}

	/** The questions a member added at the end of a group may read. */
	static List<Question> beforeEndOfGroup(TemplateDefinition template, String groupKey) {
		List<Question> earlier = new ArrayList<>();
		for (Section section : template.sections()) {
			for (Question question : section.questions()) {
				if (java.util.Objects.equals(question.key(), groupKey)) {
					earlier.addAll(question.questions());
					return withoutGroups(earlier);
				}
				earlier.add(question);
			}
		}
		return withoutGroups(earlier);
	}

	private static int indexOf(List<Question> questions, String key) {
		for (int i = 0; i < questions.size(); i++) {
			if (java.util.Objects.equals(questions.get(i).key(), key)) {
				return i;
			}
		}
		return -1;
	}

	private static List<Question> withoutGroups(List<Question> questions) {
		return questions.stream().filter((question) -> !question.isGroup()).toList();
	}

	/** A question as a select shows it: its label, shortened, and its key. */
	static String describe(Question question, Locale locale) {
		String label = question.label().in(locale);
		if (label.length() > LABEL_LENGTH) {
			label = label.substring(0, LABEL_LENGTH - 1).strip() + "…";
		}
		return label.isEmpty() ? question.key() : label + " (" + question.key() + ")";
	}

	/**
	 * The answers a question offers, as value and label, or {@code null} when it takes
	 * free values (text, numbers, dates, countries).
	 */
	static List<Choice> answers(Question question, MessageSource messages, Locale locale) {
		if (question == null || question.type() == null) {
			return null;
		}
		if (question.type() == QuestionType.YES_NO_UNKNOWN) {
			return List.of("yes", "no", "unknown")
				.stream()
				.map((value) -> new Choice(value, messages.getMessage("questionnaire.ynu." + value, null, locale)))
				.toList();
		}
		if (question.type().hasOptions()) {
			List<Choice> choices = new ArrayList<>();
			for (Option option : question.options()) {
				String label = option.label().in(locale);
				choices.add(new Choice(option.key(), label.isEmpty() ? option.key() : label));
			}
			return choices;
		}
		return null;
	}

	/** For the page's script: every candidate's answers, by question key. */
	static Map<String, List<Choice>> answersByKey(List<Question> candidates, MessageSource messages, Locale locale) {
		Map<String, List<Choice>> byKey = new LinkedHashMap<>();
		for (Question candidate : candidates) {
			byKey.put(candidate.key(), answers(candidate, messages, locale));
		}
		return byKey;
	}

	/** One entry of a select or a group of checkboxes. */
	record Choice(String value, String label) {
	}

}
