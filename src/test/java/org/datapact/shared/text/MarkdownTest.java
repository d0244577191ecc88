package org.datapact.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

	@Test
	void rendersFormattingListsLinksAndTables() {
		String html = Markdown.render("""
				## Retention

				Data is **deleted** by *March*; see [the policy](https://example.org/policy).

				1. first
				2. second

				| Dataset | Delete by |
				|:--------|----------:|
				| Households | 2027-03-01 |
				""").html();
		assertThat(html).contains("<h2>Retention</h2>", "<strong>deleted</strong>", "<em>March</em>",
				"<a href=\"https://example.org/policy\" rel=\"nofollow noopener noreferrer\">the policy</a>",
				"<ol><li>first</li>", "<table>", "<th align=\"left\">Dataset</th>",
				"<td align=\"right\">2027-03-01</td>");
	}

	@Test
	void rawHtmlIsShownAsTextNeverInterpreted() {
		String html = Markdown.render("""
				<script>alert(1)</script>

				<img src=x onerror=alert(1)>

				<iframe src="https://evil.example"></iframe>

				<p style="color:red" onclick="alert(1)">styled</p>

				<a href="javascript:alert(1)">link</a>
				""").html();
		assertThat(html).doesNotContain("<script", "<img", "<iframe", "<p style", "onclick=\"", "onerror=alert(1)>",
				"href=\"javascript");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void dangerousLinksAndImagesAreRenderedInert() {
		String html = Markdown.render("""
				[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)
				[ok](mailto:focal@example.org) [rel](/projects/1)

				![a tracking pixel](https://evil.example/pixel.png)
				""").html();
		assertThat(html).doesNotContain("javascript:", "data:text", "vbscript:", "<img", "evil.example");
		assertThat(html).contains("click", "data", "a tracking pixel");
		assertThat(html).contains("href=\"mailto:focal&#64;example.org\"", "href=\"/projects/1\"");
	}

	@Test
	void nestedMarkupAndAutolinksStayInert() {
		String html = Markdown.render("""
				> > > <svg><script>alert(1)</script></svg>
				> **<b onmouseover="alert(1)">x</b>**

				<javascript:alert(1)>

				`<script>` in code and

				```html
				<script>alert("fenced")</script>
				```
				""").html();
		assertThat(html).doesNotContain("<svg", "<script", "<b ", "onmouseover=\"", "href=\"javascript");
		assertThat(html).contains("<blockquote>", "<code>&lt;script&gt;</code>",
				"&lt;script&gt;alert(&#34;fenced&#34;)&lt;/script&gt;");
	}

	@Test
	void emptyAndBlankTextRenderNothing() {
		assertThat(Markdown.render(null).isEmpty()).isTrue();
		assertThat(Markdown.render(" \n\t").isEmpty()).isTrue();
	}

}
