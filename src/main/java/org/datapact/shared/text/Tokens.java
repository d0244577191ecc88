package org.datapact.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units that diffs and merges compare. Joining the tokens gives the
 * text back exactly.
 */
final class Tokens {

	private Tokens() {
	}

	/** Lines, each with its line break (the last may have none). */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/**
	 * Words (runs of letters, digits and joining marks), runs of spaces, line breaks, and
	 * every other character on its own: punctuation changes show as such.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int start = i;
			int c = text.codePointAt(i);
			if (isWordPart(c)) {
				while (i < text.length() && isWordPart(text.codePointAt(i))) {
					i += Character.charCount(text.codePointAt(i));
				}
			}
			else if (c == ' ' || c == '\t') {
				while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
					i++;
				}
			}
			else {
				i += Character.charCount(c);
			}
			words.add(text.substring(start, i));
		}
		return words;
	}

	private static boolean isWordPart(int c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
	}

	static String join(List<String> tokens, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			text.append(tokens.get(i));
		}
		return text.toString();
	}

	static String join(List<String> tokens) {
		return join(tokens, 0, tokens.size());
	}

}
