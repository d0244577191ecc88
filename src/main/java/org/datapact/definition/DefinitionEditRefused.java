package org.datapact.definition;

import java.util.List;

import org.datapact.shared.InvalidRequestException;

/**
 * An edit of a draft that cannot be made as asked, such as removing a question another
 * question's condition reads, or a rule that does not fit the dataset inventory. Each
 * problem names where it is; the first one also gives the exception's field, message key
 * and arguments, for forms that show one message.
 */
public class DefinitionEditRefused extends InvalidRequestException {

	private final List<Problem> problems;

	public DefinitionEditRefused(String field, String messageKey, Object... arguments) {
		this(List.of(Problem.of(field, messageKey, arguments)));
	}

	public DefinitionEditRefused(List<Problem> problems) {
		super(problems.get(0).path(), problems.get(0).messageKey(), problems.get(0).argumentArray());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** The first problem. */
	public Problem problem() {
		return this.problems.get(0);
	}

}
