package org.datapact.shared.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders what people write in Markdown (CommonMark with GitHub's tables) as HTML that is
 * safe to show: raw HTML in the text is shown as text, never interpreted, and the output
 * passes the OWASP sanitizer, which keeps only formatting elements and links to web and
 * mail addresses. Scripts, event handlers, {@code javascript:} links, styles, frames and
 * images (which would load from elsewhere) do not survive; an image shows its alternative
 * text.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	/**
	 * Deeply nested quotes, lists or emphasis cost time with every level; nobody writes a
	 * plan twenty levels deep.
	 */
	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.maxOpenBlockParsers(20)
		.maxInlineNesting(20)
		.build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.nodeRendererFactory(AltTextOnly::new)
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
				"del", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,9}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(false, "left", "center", "right")
		.onElements("th", "td")
		.toFactory();

	private Markdown() {
	}

	public static SafeHtml render(String markdown) {
		String text = PlainText.normalise(markdown);
		if (text.isBlank()) {
			return SafeHtml.empty();
		}
		return SafeHtml.of(POLICY.sanitize(RENDERER.render(PARSER.parse(text))));
	}

	/** Renders an image as its alternative text: nothing is fetched from elsewhere. */
	private static final class AltTextOnly implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		AltTextOnly(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node image) {
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				this.context.render(child);
			}
		}

	}

}
