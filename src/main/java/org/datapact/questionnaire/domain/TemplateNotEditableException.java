package org.datapact.questionnaire.domain;

import org.datapact.shared.InvalidRequestException;

/** A published template version was asked to change. */
public class TemplateNotEditableException extends InvalidRequestException {

	public TemplateNotEditableException() {
		super(null, "template.error.published");
	}

}
