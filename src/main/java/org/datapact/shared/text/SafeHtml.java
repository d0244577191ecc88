package org.datapact.shared.text;

import java.util.Objects;

/**
 * HTML that is safe to insert into a page as it is ({@code th:utext}): made only by this
 * package, from escaped text or through the HTML sanitizer. Templates insert unescaped
 * markup from nothing else.
 */
public final class SafeHtml {

	private static final SafeHtml EMPTY = new SafeHtml("");

	private final String html;

	private SafeHtml(String html) {
		this.html = html;
	}

	static SafeHtml of(String html) {
		return html.isEmpty() ? EMPTY : new SafeHtml(html);
	}

	public static SafeHtml empty() {
		return EMPTY;
	}

	public String html() {
		return this.html;
	}

	public boolean isEmpty() {
		return this.html.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SafeHtml that && this.html.equals(that.html);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.html);
	}

	@Override
	public String toString() {
		return this.html;
	}

}
