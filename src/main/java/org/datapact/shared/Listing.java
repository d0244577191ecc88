package org.datapact.shared;

import java.util.Locale;

/** Text filters of lists: "contains", the same in SQL and in memory. */
public final class Listing {

	/** The longest filter text a list accepts; longer text is cut. */
	public static final int MAX_FILTER = 100;

	private Listing() {
	}

	/**
	 * A {@code like} pattern (with {@code \} as escape) for "contains the text, ignoring
	 * case", matching everything when the text is blank.
	 */
	public static String likePattern(String text) {
		String wanted = normalise(text);
		StringBuilder pattern = new StringBuilder("%");
		for (char c : wanted.toCharArray()) {
			if (c == '%' || c == '_' || c == '\\') {
				pattern.append('\\');
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	/**
	 * Whether the value contains the text, ignoring case; true when the text is blank.
	 */
	public static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(normalise(text));
	}

	private static String normalise(String text) {
		if (text == null) {
			return "";
		}
		// PostgreSQL text never holds NUL and refuses it in a query parameter: it is
		// dropped
		String stripped = text.replace("\0", "").strip().toLowerCase(Locale.ROOT);
		return (stripped.length() > MAX_FILTER) ? stripped.substring(0, MAX_FILTER) : stripped;
	}

}
