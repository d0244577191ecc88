package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;

/**
 * The edits an admin makes to a draft template, as pure functions: each takes a template
 * and returns a new one, leaving the given one untouched.
 *
 * <p>
 * An edit is refused ({@link DefinitionEditRefused}) only when it cannot be made as
 * asked: an unknown section or question, a key that is malformed or already used (keys
 * address what the editor changes, so they stay unique), a section that still holds
 * questions, or a question another question's condition reads. Everything else a draft
 * may get wrong (missing labels, options, conditions on later questions…) is reported by
 * {@link TemplateDefinition#problems()}, and only stops publishing.
 */
public final class TemplateEditor {

	/** Which way an item moves among its neighbours. */
	public enum Direction {

		UP, DOWN

	}

	static final String COPY = "_copy";

	private static final int KEY_LENGTH = 63;

	private TemplateEditor() {
	}

	// ---- Sections

	/** Adds an empty section at the end. */
	public static TemplateDefinition addSection(TemplateDefinition template, String key, LocalizedText title,
			LocalizedText intro) {
		requireSectionKey(template, key, null);
		List<Section> sections = new ArrayList<>(template.sections());
		sections.add(new Section(key, title, intro, List.of()));
		return with(template, sections);
	}

	/** Changes a section's key, title and introduction; its questions stay. */
	public static TemplateDefinition updateSection(TemplateDefinition template, String sectionKey, String newKey,
			LocalizedText title, LocalizedText intro) {
		int index = sectionIndex(template, sectionKey);
		requireSectionKey(template, newKey, sectionKey);
		List<Section> sections = new ArrayList<>(template.sections());
		sections.set(index, new Section(newKey, title, intro, sections.get(index).questions()));
		return with(template, sections);
	}

	/** Moves a section before or after its neighbour; at either end nothing moves. */
	public static TemplateDefinition moveSection(TemplateDefinition template, String sectionKey, Direction direction) {
		return with(template, swap(template.sections(), sectionIndex(template, sectionKey), direction));
	}

	/** Removes a section that holds no question. */
	public static TemplateDefinition removeSection(TemplateDefinition template, String sectionKey) {
		int index = sectionIndex(template, sectionKey);
		if (!template.sections().get(index).questions().isEmpty()) {
			throw new DefinitionEditRefused("section", "template.edit.sectionNotEmpty", sectionKey);
		}
		List<Section> sections = new ArrayList<>(template.sections());
		sections.remove(index);
		return with(template, sections);
	}

	// ---- Questions

	/** Adds a question at the end of a section. */
	public static TemplateDefinition addQuestion(TemplateDefinition template, String sectionKey, Question question) {
		int index = sectionIndex(template, sectionKey);
		requireQuestionKey(template, question.key(), null);
		Section section = template.sections().get(index);
		return withSection(template, index, section.withQuestions(appended(section.questions(), question)));
	}

	/** Adds a question at the end of a repeating group, asked once per entry. */
	public static TemplateDefinition addToGroup(TemplateDefinition template, String groupKey, Question question) {
		Location at = locate(template, groupKey, "group");
		Question group = at.question(template);
		if (at.isMember() || !group.isGroup()) {
			throw new DefinitionEditRefused("group", "template.edit.notAGroup", groupKey);
		}
		requireQuestionKey(template, question.key(), null);
		return replace(template, at, group.withQuestions(appended(group.questions(), question)));
	}

	/**
	 * Replaces a question's fields; a group keeps its members. A new key is also written
	 * into the conditions that read the question.
	 */
	public static TemplateDefinition updateQuestion(TemplateDefinition template, String key, Question question) {
		Location at = locate(template, key, "question");
		Question current = at.question(template);
		requireQuestionKey(template, question.key(), key);
		if (!current.questions().isEmpty() && !question.isGroup()) {
			throw new DefinitionEditRefused("type", "template.edit.groupHasQuestions", key);
		}
		TemplateDefinition updated = replace(template, at, question.withQuestions(current.questions()));
		return key.equals(question.key()) ? updated : renameReferences(updated, Map.of(key, question.key()));
	}

	/**
	 * Removes a question (a group with its members), unless another question's condition
	 * reads it.
	 */
	public static TemplateDefinition removeQuestion(TemplateDefinition template, String key) {
		Location at = locate(template, key, "question");
		Question removed = at.question(template);
		Set<String> gone = new HashSet<>();
		gone.add(removed.key());
		removed.questions().forEach((member) -> gone.add(member.key()));
		for (Question question : template.questions()) {
			if (gone.contains(question.key()) || question.condition() == null) {
				continue;
			}
			for (String reference : question.condition().references()) {
				if (gone.contains(reference)) {
					throw new DefinitionEditRefused("question", "template.edit.questionInUse", reference,
							question.key());
				}
			}
		}
		return without(template, at);
	}

	/**
	 * Moves a question before or after its neighbour in its section or group; at either
	 * end nothing moves.
	 */
	public static TemplateDefinition moveQuestion(TemplateDefinition template, String key, Direction direction) {
		Location at = locate(template, key, "question");
		if (at.isMember()) {
			Location groupAt = new Location(at.section(), at.index(), -1);
			Question group = groupAt.question(template);
			return replace(template, groupAt, group.withQuestions(swap(group.questions(), at.member(), direction)));
		}
		Section section = template.sections().get(at.section());
		return withSection(template, at.section(),
				section.withQuestions(swap(section.questions(), at.index(), direction)));
	}

	/**
	 * Moves a question (a group with its members) to the end of another section. A group
	 * member moved so is asked once, no longer per entry.
	 */
	public static TemplateDefinition moveToSection(TemplateDefinition template, String key, String sectionKey) {
		int target = sectionIndex(template, sectionKey);
		Location at = locate(template, key, "question");
		if (!at.isMember() && at.section() == target) {
			return template;
		}
		Question question = at.question(template);
		TemplateDefinition moved = without(template, at);
		Section section = moved.sections().get(target);
		return withSection(moved, target, section.withQuestions(appended(section.questions(), question)));
	}

	/**
	 * Adds a copy of a question right after it, under a new key ({@code key_copy},
	 * {@code key_copy2}…). A group's members are copied too, each under a new key, and
	 * their conditions read the copied members.
	 */
	public static TemplateDefinition cloneQuestion(TemplateDefinition template, String key) {
		Location at = locate(template, key, "question");
		Question original = at.question(template);
		Set<String> taken = keys(template);
		String copyKey = copyKey(key, taken);
		taken.add(copyKey);
		Map<String, String> renames = new java.util.HashMap<>();
		for (Question member : original.questions()) {
			String memberKey = copyKey(member.key(), taken);
			taken.add(memberKey);
			renames.put(member.key(), memberKey);
		}
		List<Question> members = original.questions()
			.stream()
			.map((member) -> member.withKey(renames.get(member.key()))
				.withCondition(rename(member.condition(), renames)))
			.toList();
		Question copy = original.withKey(copyKey).withQuestions(members);
		return insertAfter(template, at, copy);
	}

	/** The key {@link #cloneQuestion} gives the copy of a question. */
	public static String cloneKey(TemplateDefinition template, String key) {
		locate(template, key, "question");
		return copyKey(key, keys(template));
	}

	// ---- Helpers

	/** Where a question is: its section, its place there, and its place in its group. */
	private record Location(int section, int index, int member) {

		boolean isMember() {
			return this.member >= 0;
		}

		Question question(TemplateDefinition template) {
			Question top = template.sections().get(this.section).questions().get(this.index);
			return isMember() ? top.questions().get(this.member) : top;
		}

	}

	private static Location locate(TemplateDefinition template, String key, String field) {
		List<Section> sections = template.sections();
		for (int s = 0; s < sections.size(); s++) {
			List<Question> questions = sections.get(s).questions();
			for (int q = 0; q < questions.size(); q++) {
				if (questions.get(q).key() != null && questions.get(q).key().equals(key)) {
					return new Location(s, q, -1);
				}
				List<Question> members = questions.get(q).questions();
				for (int m = 0; m < members.size(); m++) {
					if (members.get(m).key() != null && members.get(m).key().equals(key)) {
						return new Location(s, q, m);
					}
				}
			}
		}
		throw new DefinitionEditRefused(field, "template.edit.unknownQuestion", String.valueOf(key));
	}

	private static int sectionIndex(TemplateDefinition template, String sectionKey) {
		for (int s = 0; s < template.sections().size(); s++) {
			if (template.sections().get(s).key() != null && template.sections().get(s).key().equals(sectionKey)) {
				return s;
			}
		}
		throw new DefinitionEditRefused("section", "template.edit.unknownSection", String.valueOf(sectionKey));
	}

	private static void requireSectionKey(TemplateDefinition template, String key, String current) {
		if (!TemplateDefinition.isKey(key)) {
			throw new DefinitionEditRefused("key", "template.problem.badKey", String.valueOf(key));
		}
		boolean taken = template.sections().stream().anyMatch((section) -> key.equals(section.key()));
		if (taken && !key.equals(current)) {
			throw new DefinitionEditRefused("key", "template.edit.keyTaken", key);
		}
	}

	private static void requireQuestionKey(TemplateDefinition template, String key, String current) {
		if (!TemplateDefinition.isKey(key)) {
			throw new DefinitionEditRefused("key", "template.problem.badKey", String.valueOf(key));
		}
		if (keys(template).contains(key) && !key.equals(current)) {
			throw new DefinitionEditRefused("key", "template.edit.keyTaken", key);
		}
	}

	/** Every question key, group members included. */
	private static Set<String> keys(TemplateDefinition template) {
		Set<String> keys = new HashSet<>();
		template.questions().forEach((question) -> keys.add(question.key()));
		return keys;
	}

	static String copyKey(String key, Set<String> taken) {
		for (int n = 1;; n++) {
			String suffix = COPY + ((n == 1) ? "" : String.valueOf(n));
			String base = (key.length() + suffix.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH - suffix.length())
					: key;
			if (!taken.contains(base + suffix)) {
				return base + suffix;
			}
		}
	}

	private static TemplateDefinition with(TemplateDefinition template, List<Section> sections) {
		return new TemplateDefinition(template.key(), template.title(), sections);
	}

	private static TemplateDefinition withSection(TemplateDefinition template, int index, Section section) {
		List<Section> sections = new ArrayList<>(template.sections());
		sections.set(index, section);
		return with(template, sections);
	}

	private static TemplateDefinition replace(TemplateDefinition template, Location at, Question question) {
		return edit(template, at, (list, index) -> list.set(index, question));
	}

	private static TemplateDefinition without(TemplateDefinition template, Location at) {
		return edit(template, at, List::remove);
	}

	private static TemplateDefinition insertAfter(TemplateDefinition template, Location at, Question question) {
		return edit(template, at, (list, index) -> list.add(index + 1, question));
	}

	/** Changes the list that holds the located question: its section's or its group's. */
	private static TemplateDefinition edit(TemplateDefinition template, Location at, ListChange change) {
		Section section = template.sections().get(at.section());
		List<Question> questions = new ArrayList<>(section.questions());
		if (at.isMember()) {
			Question group = questions.get(at.index());
			List<Question> members = new ArrayList<>(group.questions());
			change.apply(members, at.member());
			questions.set(at.index(), group.withQuestions(members));
		}
		else {
			change.apply(questions, at.index());
		}
		return withSection(template, at.section(), section.withQuestions(questions));
	}

	@FunctionalInterface
	private interface ListChange {

		void apply(List<Question> list, int index);

	}

	private static <T> List<T> appended(List<T> list, T item) {
		List<T> longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}

	private static <T> List<T> swap(List<T> list, int index, Direction direction) {
		int other = (direction == Direction.UP) ? index - 1 : index + 1;
		if (other < 0 || other >= list.size()) {
			return list;
		}
		List<T> swapped = new ArrayList<>(list);
		Collections.swap(swapped, index, other);
		return swapped;
	}

	private static TemplateDefinition renameReferences(TemplateDefinition template, Map<String, String> renames) {
		List<Section> sections = new ArrayList<>();
		for (Section section : template.sections()) {
			List<Question> questions = new ArrayList<>();
			for (Question question : section.questions()) {
				List<Question> members = question.questions()
					.stream()
					.map((member) -> member.withCondition(rename(member.condition(), renames)))
					.toList();
				questions.add(question.withCondition(rename(question.condition(), renames)).withQuestions(members));
			}
			sections.add(section.withQuestions(questions));
		}
		return with(template, sections);
	}

	/** The condition reading the renamed questions under their new keys. */
	static DisplayCondition rename(DisplayCondition condition, Map<String, String> renames) {
		if (condition instanceof Equals equals) {
			return new Equals(renames.getOrDefault(equals.question(), equals.question()), equals.value());
		}
		if (condition instanceof AnyOf anyOf) {
			return new AnyOf(renames.getOrDefault(anyOf.question(), anyOf.question()), anyOf.values());
		}
		if (condition instanceof Answered answered) {
			return new Answered(renames.getOrDefault(answered.question(), answered.question()));
		}
		if (condition instanceof All all) {
			return new All(all.conditions().stream().map((part) -> rename(part, renames)).toList());
		}
		if (condition instanceof Any any) {
			return new Any(any.conditions().stream().map((part) -> rename(part, renames)).toList());
		}
		return condition;
	}

}
