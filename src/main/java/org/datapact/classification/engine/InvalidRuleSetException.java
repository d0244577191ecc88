package org.datapact.classification.engine;

import java.util.List;

/**
 * A rule set that cannot be used: malformed JSON, or rules that do not fit the attribute
 * catalogue. Each problem names where it is, e.g.
 * {@code rules[3].condition.of[1].values[0]: "foo" is not an option of topics}.
 */
public class InvalidRuleSetException extends RuntimeException {

	private final List<RuleSetProblem> details;

	public InvalidRuleSetException(List<RuleSetProblem> details) {
		super("Invalid rule set: " + String.join("; ", details.stream().map(RuleSetProblem::toString).toList()));
		this.details = List.copyOf(details);
	}

	/** Each problem as its path and English message. */
	public List<String> problems() {
		return this.details.stream().map(RuleSetProblem::toString).toList();
	}

	/** Each problem with its path, code and arguments, to show in any language. */
	public List<RuleSetProblem> details() {
		return this.details;
	}

}
