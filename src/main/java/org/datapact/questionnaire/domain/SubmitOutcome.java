package org.datapact.questionnaire.domain;

import java.util.List;

/** What became of a submission. */
public sealed interface SubmitOutcome {

	record Submitted(int revision) implements SubmitOutcome {
	}

	/** Not submitted: these required answers are missing. */
	record Incomplete(List<Evaluation.Missing> missing) implements SubmitOutcome {
	}

}
