package org.datapact.shared.text;

import java.util.Random;

import org.datapact.shared.text.WordDiff.Change;
import org.datapact.shared.text.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people and attackers may send: a megabyte of text, NUL bytes, halves of surrogate
 * pairs, markup nested thousands deep. Every utility answers with something safe and
 * whole. Work is bounded by construction (see {@link TokenDiff}); speeds are not asserted
 * here.
 */
class HostileTextTest {

	private static final int MEGABYTE = 1 << 20;

	@Test
	void aMegabyteOfUnrelatedTextIsDiffedAndMergedInBoundedWork() {
		String before = randomWords(new Random(1), MEGABYTE);
		String after = randomWords(new Random(2), MEGABYTE);
		String third = randomWords(new Random(3), MEGABYTE);
		var segments = WordDiff.segments(before, after);
		assertThat(rejoin(segments, Change.ADDED)).isEqualTo(before);
		assertThat(rejoin(segments, Change.REMOVED)).isEqualTo(after);
		MergeResult merge = ThreeWayMerge.merge(before, after, third);
		assertThat(merge.textTaking(MergeResult.Side.MINE)).isEqualTo(after);
		assertThat(merge.textTaking(MergeResult.Side.THEIRS)).isEqualTo(third);
	}

	@Test
	void aMegabyteWithScatteredEditsMergesCleanly() {
		String base = randomWords(new Random(4), MEGABYTE);
		String mine = "A new first line.\n" + base;
		String theirs = base + "\nA new last line.";
		MergeResult merge = ThreeWayMerge.merge(base, mine, theirs);
		assertThat(merge.merged()).hasValue("A new first line.\n" + base + "\nA new last line.");
		assertThat(WordDiff.html(base, mine).html()).startsWith("<ins>A new first line.\n</ins>");
	}

	@Test
	void aMegabyteOfMarkdownSyntaxRendersSafely() {
		for (String unit : new String[] { ">", "*", "[", "- ", "`", "<", "&#", "|", "_", "![", "\n", "<a " }) {
			String text = unit.repeat(MEGABYTE / unit.length());
			String html = Markdown.render(text).html();
			assertThat(html).as(unit).doesNotContain("<script", "<a ", "<img");
		}
		String nested = "<div>".repeat(50_000) + "<script>alert(1)</script>" + "</div>".repeat(50_000);
		assertThat(Markdown.render(nested).html()).doesNotContain("<div", "<script");
		String quotes = "> ".repeat(100_000) + "deep";
		assertThat(Markdown.render(quotes).html()).contains("deep");
		String emphasis = "*a **b ".repeat(50_000);
		assertThat(Markdown.render(emphasis).html()).isNotEmpty();
		String links = "[x](".repeat(100_000) + "javascript:alert(1)" + ")".repeat(100_000);
		assertThat(Markdown.render(links).html()).doesNotContain("href=\"javascript");
	}

	@Test
	void nulBytesAndBrokenSurrogatesBecomeReplacementCharacters() {
		String broken = "before\u0000after \uD800 lone high, \uDC00 lone low, \uD83D\uDE00 a whole emoji";
		assertThat(PlainText.hasUnshowable(broken)).isTrue();
		assertThat(PlainText.hasUnshowable("\uD83D\uDE00 fine")).isFalse();
		String clean = PlainText.normalise(broken);
		assertThat(clean).isEqualTo("before\uFFFDafter \uFFFD lone high, \uFFFD lone low, \uD83D\uDE00 a whole emoji");
		assertThat(PlainText.hasUnshowable(clean)).isFalse();

		for (String html : new String[] { Markdown.render(broken).html(), WordDiff.html("x", broken).html(),
				WordDiff.html(broken, "x").html() }) {
			assertThat(html).doesNotContain("\u0000");
			assertThat(PlainText.hasUnshowable(html)).as(html).isFalse();
		}
		assertThat(ThreeWayMerge.merge("a", broken, "a").merged()).hasValue(clean);
		assertThat(PlainText.normalise("\uD800".repeat(MEGABYTE))).isEqualTo("\uFFFD".repeat(MEGABYTE));
	}

	private static String rejoin(java.util.List<Segment> segments, Change without) {
		StringBuilder text = new StringBuilder();
		segments.stream().filter((s) -> s.change() != without).forEach((s) -> text.append(s.text()));
		return text.toString();
	}

	private static String randomWords(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append((char) ('a' + random.nextInt(6)));
			int next = random.nextInt(12);
			text.append((next == 0) ? "\n" : (next < 5) ? " " : "");
		}
		return text.toString();
	}

}
