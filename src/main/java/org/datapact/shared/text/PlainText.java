package org.datapact.shared.text;

import java.util.regex.Pattern;

/**
 * What text from a person is turned into before it is compared or shown: one kind of line
 * ending (browsers send text areas with CRLF), and no character that cannot be shown or
 * stored (NUL, which PostgreSQL refuses in text, and halves of surrogate pairs, which
 * cannot be encoded) — each becomes U+FFFD, so nothing silently disappears.
 */
public final class PlainText {

	private static final Pattern LINE_ENDINGS = Pattern.compile("\r\n?");

	private PlainText() {
	}

	public static String normalise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String lines = (text.indexOf('\r') >= 0) ? LINE_ENDINGS.matcher(text).replaceAll("\n") : text;
		return hasUnshowable(lines) ? replaceUnshowable(lines) : lines;
	}

	/**
	 * Whether text holds a NUL or an unpaired surrogate: forms refuse it with a clear
	 * message rather than store a replacement.
	 */
	public static boolean hasUnshowable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static String replaceUnshowable(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (c == 0 || Character.isSurrogate(c)) {
				clean.append('\uFFFD');
			}
			else {
				clean.append(c);
			}
		}
		return clean.toString();
	}

}
