package org.datapact.questionnaire.domain;

import java.util.List;

/** What became of one autosaved answer. */
public sealed interface SaveOutcome {

	/** Saved with this new version; the evaluation tells what is shown now. */
	record Saved(int version, Evaluation evaluation) implements SaveOutcome {
	}

	/** Not saved: the input does not fit the question. */
	record Rejected(String messageKey, List<Object> arguments) implements SaveOutcome {
	}

	/** Not saved: someone changed the answer meanwhile; this is theirs. */
	record Conflict(Question question, Object currentValue, int currentVersion,
			String changedBy) implements SaveOutcome {
	}

}
