package org.datapact.shared.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * The changes that turn one list of tokens into another (Myers' algorithm, through
 * java-diff-utils), bounded by the input: the common start and end are set aside in
 * linear time, and a middle longer than {@link #MAX_TOKENS} on either side is reported as
 * one replacement rather than searched, so hostile input costs linear time, not
 * quadratic.
 */
final class TokenDiff {

	/** The longest changed middle that is compared token by token. */
	static final int MAX_TOKENS = 4000;

	private TokenDiff() {
	}

	/** The edits, in order, with ranges in the original's positions. */
	static List<Edit> edits(List<String> original, List<String> revised) {
		int prefix = 0;
		int shorter = Math.min(original.size(), revised.size());
		while (prefix < shorter && original.get(prefix).equals(revised.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix
				&& original.get(original.size() - 1 - suffix).equals(revised.get(revised.size() - 1 - suffix))) {
			suffix++;
		}
		List<String> before = original.subList(prefix, original.size() - suffix);
		List<String> after = revised.subList(prefix, revised.size() - suffix);
		if (before.isEmpty() && after.isEmpty()) {
			return List.of();
		}
		if (before.isEmpty() || after.isEmpty() || before.size() > MAX_TOKENS || after.size() > MAX_TOKENS) {
			return List.of(new Edit(prefix, prefix + before.size(), List.copyOf(after)));
		}
		List<Edit> edits = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			Chunk<String> source = delta.getSource();
			int start = prefix + source.getPosition();
			edits.add(new Edit(start, start + source.size(), List.copyOf(delta.getTarget().getLines())));
		}
		edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return edits;
	}

	/**
	 * Tokens {@code [start, end)} of the original replaced by {@code replacement}; an
	 * insertion when the range is empty.
	 */
	record Edit(int start, int end, List<String> replacement) {

		boolean isInsertion() {
			return this.start == this.end;
		}

	}

}
