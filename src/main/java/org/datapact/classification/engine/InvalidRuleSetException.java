package org.datapact.classification.engine;

import java.util.List;

import org.datapact.definition.Problem;

/**
 * A rule set that cannot be used: malformed JSON, or rules that do not fit the attribute
 * catalogue. Each problem names where it is, e.g.
 * {@code rules[3].condition.of[1].values[0]: "foo" is not an option of topics}.
 */
public class InvalidRuleSetException extends RuntimeException {

	private final List<Problem> details;

	public InvalidRuleSetException(List<Problem> details) {
		super("Invalid rule set: " + String.join("; ", details.stream().map(RuleSetProblems::describe).toList()));
		this.details = List.copyOf(details);
	}

	/** Each problem as its path and English message. */
	public List<String> problems() {
		return this.details.stream().map(RuleSetProblems::describe).toList();
	}

	/** Each problem with its path, code and arguments, to show in any language. */
	public List<Problem> details() {
		return this.details;
	}

}
