package org.datapact.questionnaire;

import java.util.List;

/**
 * The dataset inventory a questionnaire template asks for each dataset: where the
 * repeating group is in the template ({@code path}, as problems name it; null when the
 * template has no such group) and its questions.
 */
public record InventoryOutline(String path, List<Question> questions) {

	public InventoryOutline {
		questions = List.copyOf(questions);
	}

	public boolean present() {
		return this.path != null;
	}

	/**
	 * One question of the inventory: its stable key, where it is in the template, what
	 * kind of answer it gives and, for choices, its option keys.
	 */
	public record Question(String key, String path, AnswerKind kind, List<String> options) {

		public Question {
			options = List.copyOf(options);
		}

	}

	/** The kind of answer a question gives. */
	public enum AnswerKind {

		/** {@code yes}, {@code no} or {@code unknown}. */
		YES_NO_UNKNOWN,
		/** One option key. */
		ONE_OPTION,
		/** Several option keys. */
		SEVERAL_OPTIONS,
		/** Free text. */
		TEXT,
		/** A number. */
		NUMBER,
		/** A date. */
		DATE,
		/** An ISO 3166 country code. */
		COUNTRY

	}

}
