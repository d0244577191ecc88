package org.datapact.shared.text;

import java.util.ArrayList;
import java.util.List;

import org.datapact.shared.text.TokenDiff.Edit;

import org.springframework.web.util.HtmlUtils;

/**
 * What changed between two versions of a text, word by word, for history views: lines are
 * compared first, then the words of changed lines, so that the work stays proportional to
 * what changed (see {@link TokenDiff} for the bounds).
 */
public final class WordDiff {

	private WordDiff() {
	}

	/** The newer text as stretches kept, removed and added, in reading order. */
	public static List<Segment> segments(String before, String after) {
		String older = PlainText.normalise(before);
		String newer = PlainText.normalise(after);
		List<String> oldLines = Tokens.lines(older);
		List<String> newLines = Tokens.lines(newer);
		Segments segments = new Segments();
		int position = 0;
		for (Edit lines : TokenDiff.edits(oldLines, newLines)) {
			String kept = Tokens.join(oldLines, position, lines.start());
			segments.add(Change.KEPT, kept);
			String removed = Tokens.join(oldLines, lines.start(), lines.end());
			String added = String.join("", lines.replacement());
			byWords(removed, added, segments);
			position = lines.end();
		}
		segments.add(Change.KEPT, Tokens.join(oldLines, position, oldLines.size()));
		return segments.list();
	}

	/**
	 * The same as HTML: escaped text, with removed words in {@code <del>} and added ones
	 * in {@code <ins>}. Show it where white space is preserved (CSS
	 * {@code white-space: pre-wrap}).
	 */
	public static SafeHtml html(String before, String after) {
		StringBuilder html = new StringBuilder();
		for (Segment segment : segments(before, after)) {
			String text = HtmlUtils.htmlEscape(segment.text());
			switch (segment.change()) {
				case KEPT -> html.append(text);
				case REMOVED -> html.append("<del>").append(text).append("</del>");
				case ADDED -> html.append("<ins>").append(text).append("</ins>");
			}
		}
		return SafeHtml.of(html.toString());
	}

	private static void byWords(String removed, String added, Segments segments) {
		List<String> oldWords = Tokens.words(removed);
		List<String> newWords = Tokens.words(added);
		int position = 0;
		for (Edit words : TokenDiff.edits(oldWords, newWords)) {
			segments.add(Change.KEPT, Tokens.join(oldWords, position, words.start()));
			segments.add(Change.REMOVED, Tokens.join(oldWords, words.start(), words.end()));
			segments.add(Change.ADDED, String.join("", words.replacement()));
			position = words.end();
		}
		segments.add(Change.KEPT, Tokens.join(oldWords, position, oldWords.size()));
	}

	/** How a stretch of text fared between the two versions. */
	public enum Change {

		KEPT, REMOVED, ADDED

	}

	/** A stretch of text and how it fared. */
	public record Segment(Change change, String text) {

	}

	/** Collects segments, joining neighbours of the same kind and skipping empty ones. */
	private static final class Segments {

		private final List<Segment> list = new ArrayList<>();

		void add(Change change, String text) {
			if (text.isEmpty()) {
				return;
			}
			int last = this.list.size() - 1;
			if (last >= 0 && this.list.get(last).change() == change) {
				this.list.set(last, new Segment(change, this.list.get(last).text() + text));
			}
			else {
				this.list.add(new Segment(change, text));
			}
		}

		List<Segment> list() {
			return List.copyOf(this.list);
		}

	}

}
