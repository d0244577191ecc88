package org.datapact.classification.engine;

import java.util.List;

/**
 * A rule set that cannot be used: malformed JSON, or rules that do not fit the attribute
 * catalogue. Each problem names where it is, e.g.
 * {@code rules[3].condition.of[1].values[0]: "foo" is not an option of topics}.
 */
public class InvalidRuleSetException extends RuntimeException {

	private final List<String> problems;

	public InvalidRuleSetException(List<String> problems) {
		super("Invalid rule set: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
