package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.UUID;

/**
 * One answer as typed or picked: the question, its entry if any, the values and the
 * version seen.
 */
public record AnswerInput(UUID entryId, String questionKey, List<String> values, int version) {

	public AnswerInput {
		values = (values != null) ? List.copyOf(values) : List.of();
	}

}
