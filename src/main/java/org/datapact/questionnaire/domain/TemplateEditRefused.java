package org.datapact.questionnaire.domain;

import java.util.List;

import org.datapact.shared.InvalidRequestException;

/**
 * An edit of a draft template that cannot be made as asked, such as removing a question
 * another question's condition reads. The problem names the field of the edit form it is
 * about and carries the message's arguments.
 */
public class TemplateEditRefused extends InvalidRequestException {

	private final TemplateProblem problem;

	public TemplateEditRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey);
		this.problem = new TemplateProblem(field, messageKey, List.of(arguments));
	}

	public TemplateProblem problem() {
		return this.problem;
	}

	public Object[] arguments() {
		return this.problem.arguments().toArray();
	}

}
