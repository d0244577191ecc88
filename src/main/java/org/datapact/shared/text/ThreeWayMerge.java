package org.datapact.shared.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.datapact.shared.text.MergeResult.Agreed;
import org.datapact.shared.text.MergeResult.Chunk;
import org.datapact.shared.text.MergeResult.Conflict;
import org.datapact.shared.text.TokenDiff.Edit;

/**
 * Merges two texts edited from a common base (diff3): stretches changed on one side only
 * are taken from that side, stretches changed identically on both are taken once, and
 * stretches changed differently on both are conflicts. Texts are compared line by line; a
 * conflicting stretch is then compared word by word, so that two people editing different
 * sentences of one paragraph do not conflict. Nothing is dropped: every conflict keeps
 * both sides' text.
 */
public final class ThreeWayMerge {

	private static final Comparator<SidedEdit> IN_ORDER = Comparator.comparingInt((SidedEdit e) -> e.edit().start())
		.thenComparing((e) -> !e.edit().isInsertion())
		.thenComparing(SidedEdit::mine, Comparator.reverseOrder());

	private ThreeWayMerge() {
	}

	public static MergeResult merge(String base, String mine, String theirs) {
		String original = PlainText.normalise(base);
		String ours = PlainText.normalise(mine);
		String other = PlainText.normalise(theirs);
		if (ours.equals(other) || original.equals(other)) {
			return new MergeResult(List.of(new Agreed(ours)));
		}
		if (original.equals(ours)) {
			return new MergeResult(List.of(new Agreed(other)));
		}
		List<Chunk> chunks = new ArrayList<>();
		for (Chunk chunk : diff3(original, ours, other, Tokens::lines)) {
			chunks.add((chunk instanceof Conflict conflict) ? refineByWords(conflict) : chunk);
		}
		return new MergeResult(coalesce(chunks));
	}

	private static Chunk refineByWords(Conflict conflict) {
		List<Chunk> words = diff3(conflict.base(), conflict.mine(), conflict.theirs(), Tokens::words);
		if (words.stream().allMatch(Agreed.class::isInstance)) {
			StringBuilder text = new StringBuilder();
			words.forEach((chunk) -> text.append(((Agreed) chunk).text()));
			return new Agreed(text.toString());
		}
		return conflict;
	}

	private static List<Chunk> diff3(String base, String mine, String theirs,
			Function<String, List<String>> tokenizer) {
		List<String> original = tokenizer.apply(base);
		List<SidedEdit> edits = new ArrayList<>();
		TokenDiff.edits(original, tokenizer.apply(mine)).forEach((edit) -> edits.add(new SidedEdit(true, edit)));
		TokenDiff.edits(original, tokenizer.apply(theirs)).forEach((edit) -> edits.add(new SidedEdit(false, edit)));
		edits.sort(IN_ORDER);
		List<Chunk> chunks = new ArrayList<>();
		int position = 0;
		int next = 0;
		while (next < edits.size()) {
			List<SidedEdit> region = new ArrayList<>();
			region.add(edits.get(next++));
			while (next < edits.size() && overlapsRegion(edits.get(next), region)) {
				region.add(edits.get(next++));
			}
			int start = region.get(0).edit().start();
			int end = region.stream().mapToInt((e) -> e.edit().end()).max().orElse(start);
			if (position < start) {
				chunks.add(new Agreed(Tokens.join(original, position, start)));
			}
			chunks.add(resolve(original, start, end, region));
			position = end;
		}
		if (position < original.size()) {
			chunks.add(new Agreed(Tokens.join(original, position, original.size())));
		}
		return chunks;
	}

	/** Whether an edit touches an edit of the other side in the region. */
	private static boolean overlapsRegion(SidedEdit candidate, List<SidedEdit> region) {
		for (SidedEdit member : region) {
			if (member.mine() != candidate.mine() && overlap(member.edit(), candidate.edit())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Two changed ranges overlap when they share a token; two insertions when they are at
	 * the same place; an insertion and a change when the insertion falls inside the
	 * change. Changes that only touch at their ends do not conflict.
	 */
	static boolean overlap(Edit a, Edit b) {
		if (a.isInsertion() && b.isInsertion()) {
			return a.start() == b.start();
		}
		if (a.isInsertion()) {
			return b.start() < a.start() && a.start() < b.end();
		}
		if (b.isInsertion()) {
			return a.start() < b.start() && b.start() < a.end();
		}
		return a.start() < b.end() && b.start() < a.end();
	}

	private static Chunk resolve(List<String> original, int start, int end, List<SidedEdit> region) {
		List<Edit> mine = region.stream().filter(SidedEdit::mine).map(SidedEdit::edit).toList();
		List<Edit> theirs = region.stream().filter((e) -> !e.mine()).map(SidedEdit::edit).toList();
		String mineText = apply(original, start, end, mine);
		if (theirs.isEmpty()) {
			return new Agreed(mineText);
		}
		String theirsText = apply(original, start, end, theirs);
		if (mine.isEmpty() || mineText.equals(theirsText)) {
			return new Agreed(theirsText);
		}
		return new Conflict(Tokens.join(original, start, end), mineText, theirsText);
	}

	private static String apply(List<String> original, int start, int end, List<Edit> edits) {
		StringBuilder text = new StringBuilder();
		int position = start;
		for (Edit edit : edits) {
			text.append(Tokens.join(original, position, edit.start()));
			edit.replacement().forEach(text::append);
			position = edit.end();
		}
		text.append(Tokens.join(original, position, end));
		return text.toString();
	}

	private static List<Chunk> coalesce(List<Chunk> chunks) {
		List<Chunk> result = new ArrayList<>();
		StringBuilder agreed = new StringBuilder();
		for (Chunk chunk : chunks) {
			if (chunk instanceof Agreed part) {
				agreed.append(part.text());
				continue;
			}
			if (!agreed.isEmpty()) {
				result.add(new Agreed(agreed.toString()));
				agreed.setLength(0);
			}
			result.add(chunk);
		}
		if (!agreed.isEmpty() || result.isEmpty()) {
			result.add(new Agreed(agreed.toString()));
		}
		return result;
	}

	private record SidedEdit(boolean mine, Edit edit) {
	}

}
