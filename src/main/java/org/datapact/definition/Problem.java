package org.datapact.definition;

import java.util.List;

/**
 * Something wrong with a definition or with an edit of it: where it is (a readable path
 * such as {@code basics/datasets/name} or {@code rules[3].condition.of[1]}), what is
 * wrong as a message key of the bundles, and the message's arguments ({0}, {1}, …).
 */
public record Problem(String path, String messageKey, List<Object> arguments) {

	public Problem {
		path = (path != null) ? path : "";
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	public static Problem of(String path, String messageKey, Object... arguments) {
		return new Problem(path, messageKey, List.of(arguments));
	}

	/** The arguments as the message source takes them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
