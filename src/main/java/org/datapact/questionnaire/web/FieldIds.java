package org.datapact.questionnaire.web;

import java.util.UUID;

/** The element ids of questions on the page, shared by links, autosave and visibility. */
final class FieldIds {

	private FieldIds() {
	}

	static String of(UUID entryId, String questionKey) {
		return (entryId != null) ? "q-" + entryId + "-" + questionKey : "q-" + questionKey;
	}

}
