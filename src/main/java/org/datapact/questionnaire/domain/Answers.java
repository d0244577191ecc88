package org.datapact.questionnaire.domain;

import java.util.Collection;

/** What counts as an answer. */
public final class Answers {

	private Answers() {
	}

	public static boolean isPresent(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof String text) {
			return !text.isBlank();
		}
		if (value instanceof Collection<?> values) {
			return !values.isEmpty();
		}
		return true;
	}

}
