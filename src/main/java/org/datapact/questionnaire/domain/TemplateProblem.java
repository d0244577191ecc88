package org.datapact.questionnaire.domain;

import java.util.List;

/**
 * Something wrong with a template, located by a readable path (section and question keys)
 * and described by a message key with its arguments.
 */
public record TemplateProblem(String path, String messageKey, List<Object> arguments) {

	public TemplateProblem {
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	static TemplateProblem of(String path, String messageKey, Object... arguments) {
		return new TemplateProblem(path, messageKey, List.of(arguments));
	}

}
