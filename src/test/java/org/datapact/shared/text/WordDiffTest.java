package org.datapact.shared.text;

import org.datapact.shared.text.WordDiff.Change;
import org.datapact.shared.text.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

	@Test
	void marksRemovedAndAddedWords() {
		assertThat(WordDiff.segments("Data is kept for two years.", "Data is kept for three years.")).containsExactly(
				new Segment(Change.KEPT, "Data is kept for "), new Segment(Change.REMOVED, "two"),
				new Segment(Change.ADDED, "three"), new Segment(Change.KEPT, " years."));
	}

	@Test
	void keepsUnchangedLinesWholeAndComparesChangedLinesByWord() {
		String before = "# Access\nOnly scopers.\nUntil March.\n";
		String after = "# Access\nOnly named scopers.\nUntil March.\nReviewed yearly.\n";
		assertThat(WordDiff.segments(before, after)).containsExactly(new Segment(Change.KEPT, "# Access\nOnly "),
				new Segment(Change.ADDED, "named "), new Segment(Change.KEPT, "scopers.\nUntil March.\n"),
				new Segment(Change.ADDED, "Reviewed yearly.\n"));
	}

	@Test
	void rendersEscapedTextWithInsAndDel() {
		SafeHtml html = WordDiff.html("<b>bold</b> & \"quoted\"", "<i>bold</i> & \"quoted\" <script>alert(1)</script>");
		assertThat(html.html()).isEqualTo("&lt;<del>b</del><ins>i</ins>&gt;bold&lt;/<del>b</del><ins>i</ins>&gt; "
				+ "&amp; &quot;quoted&quot;<ins> &lt;script&gt;alert(1)&lt;/script&gt;</ins>");
		assertThat(html.html()).doesNotContain("<script", "<b>", "<i>");
	}

	@Test
	void identicalAndEmptyTexts() {
		assertThat(WordDiff.segments("same\n", "same\r\n")).containsExactly(new Segment(Change.KEPT, "same\n"));
		assertThat(WordDiff.segments("", "")).isEmpty();
		assertThat(WordDiff.segments("", "new")).containsExactly(new Segment(Change.ADDED, "new"));
		assertThat(WordDiff.segments("old", null)).containsExactly(new Segment(Change.REMOVED, "old"));
	}

	@Test
	void rejoiningTheSegmentsGivesBothTextsBack() {
		String before = "The partner hosts the data.\nAccess ends in March.\n\nStorage: Kenya (Nairobi).";
		String after = "The partner hosts all data.\nAccess ends in April, or earlier.\nStorage: Kenya.\nNew line";
		StringBuilder older = new StringBuilder();
		StringBuilder newer = new StringBuilder();
		for (Segment segment : WordDiff.segments(before, after)) {
			if (segment.change() != Change.ADDED) {
				older.append(segment.text());
			}
			if (segment.change() != Change.REMOVED) {
				newer.append(segment.text());
			}
		}
		assertThat(older).hasToString(before);
		assertThat(newer).hasToString(after);
	}

}
