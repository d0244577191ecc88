package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A template applied to a set of answers: which questions are shown, which required ones
 * are still missing, progress per section, and the answers that count (those of shown
 * questions only). A question is shown when its condition holds on the shown answers
 * before it, so hiding a question also hides what depends on it.
 */
public final class Evaluation {

	private final TemplateDefinition template;

	private final AnswerSet answers;

	private final Set<String> shown = new HashSet<>();

	private final Map<UUID, Set<String>> shownInEntry = new HashMap<>();

	private final Map<String, Progress> progress = new LinkedHashMap<>();

	private final List<Missing> missing = new ArrayList<>();

	private Evaluation(TemplateDefinition template, AnswerSet answers) {
		this.template = template;
		this.answers = answers;
		run();
	}

	public static Evaluation of(TemplateDefinition template, AnswerSet answers) {
		return new Evaluation(template, answers);
	}

	/**
	 * A required question without an answer; {@code entryId} is set for group members.
	 */
	public record Missing(String sectionKey, String questionKey, UUID entryId, int entryNumber) {
	}

	/** How much of a section is done. */
	public record Progress(int answered, int total) {

		public int percent() {
			return (this.total == 0) ? 100 : (int) Math.floor(100.0 * this.answered / this.total);
		}

		public boolean complete() {
			return this.answered == this.total;
		}

	}

	private void run() {
		Map<String, Object> visibleTop = new HashMap<>();
		Function<String, Object> topLookup = visibleTop::get;
		for (Section section : this.template.sections()) {
			int answered = 0;
			int total = 0;
			for (Question question : section.questions()) {
				if (question.condition() != null && !question.condition().test(topLookup)) {
					continue;
				}
				this.shown.add(question.key());
				if (question.isGroup()) {
					List<AnswerSet.Entry> entries = this.answers.entries(question.key());
					total++;
					if (!entries.isEmpty()) {
						answered++;
					}
					else if (question.required()) {
						this.missing.add(new Missing(section.key(), question.key(), null, 0));
					}
					int number = 0;
					for (AnswerSet.Entry entry : entries) {
						number++;
						int[] counts = evaluateEntry(section, question, entry, number, topLookup);
						answered += counts[0];
						total += counts[1];
					}
					continue;
				}
				Object value = this.answers.get(question.key());
				total++;
				if (Answers.isPresent(value)) {
					answered++;
					visibleTop.put(question.key(), value);
				}
				else if (question.required()) {
					this.missing.add(new Missing(section.key(), question.key(), null, 0));
				}
			}
			this.progress.put(section.key(), new Progress(answered, total));
		}
	}

	private int[] evaluateEntry(Section section, Question group, AnswerSet.Entry entry, int number,
			Function<String, Object> topLookup) {
		Map<String, Object> visible = new HashMap<>();
		Function<String, Object> lookup = (key) -> visible.containsKey(key) ? visible.get(key) : topLookup.apply(key);
		Set<String> shownHere = new HashSet<>();
		int answered = 0;
		int total = 0;
		for (Question child : group.questions()) {
			if (child.condition() != null && !child.condition().test(lookup)) {
				continue;
			}
			shownHere.add(child.key());
			total++;
			Object value = entry.get(child.key());
			if (Answers.isPresent(value)) {
				answered++;
				visible.put(child.key(), value);
			}
			else if (child.required()) {
				this.missing.add(new Missing(section.key(), child.key(), entry.id(), number));
			}
		}
		this.shownInEntry.put(entry.id(), shownHere);
		return new int[] { answered, total };
	}

	public TemplateDefinition template() {
		return this.template;
	}

	public AnswerSet answers() {
		return this.answers;
	}

	public boolean isShown(String questionKey) {
		return this.shown.contains(questionKey);
	}

	public boolean isShown(UUID entryId, String questionKey) {
		return this.shownInEntry.getOrDefault(entryId, Set.of()).contains(questionKey);
	}

	public Set<String> shownKeys() {
		return Set.copyOf(this.shown);
	}

	public Set<String> shownKeys(UUID entryId) {
		return this.shownInEntry.getOrDefault(entryId, Set.of());
	}

	public Progress progress(String sectionKey) {
		return this.progress.getOrDefault(sectionKey, new Progress(0, 0));
	}

	public Progress overall() {
		int answered = this.progress.values().stream().mapToInt(Progress::answered).sum();
		int total = this.progress.values().stream().mapToInt(Progress::total).sum();
		return new Progress(answered, total);
	}

	public List<Missing> missing() {
		return List.copyOf(this.missing);
	}

	public boolean isComplete() {
		return this.missing.isEmpty();
	}

	/** The answers that count: those of shown questions, in template order. */
	public AnswerSet visibleAnswers() {
		AnswerSet.Builder builder = new AnswerSet.Builder();
		for (Question question : this.template.questions()) {
			if (!question.isGroup() && this.shown.contains(question.key())) {
				builder.answer(question.key(), this.answers.get(question.key()));
			}
		}
		for (Section section : this.template.sections()) {
			for (Question question : section.questions()) {
				if (!question.isGroup() || !this.shown.contains(question.key())) {
					continue;
				}
				for (AnswerSet.Entry entry : this.answers.entries(question.key())) {
					builder.entry(question.key(), entry.id());
					for (Question child : question.questions()) {
						if (isShown(entry.id(), child.key())) {
							builder.entryAnswer(entry.id(), child.key(), entry.get(child.key()));
						}
					}
				}
			}
		}
		return builder.build();
	}

}
