package org.datapact.questionnaire.domain;

import org.datapact.shared.InvalidRequestException;

/** A questionnaire was asked for a step its current state does not allow. */
public class QuestionnaireStateException extends InvalidRequestException {

	public QuestionnaireStateException(String messageKey) {
		super(null, messageKey);
	}

}
