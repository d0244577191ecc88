package org.datapact.shared.text;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a three-way merge: the text in order, as stretches both sides agree on
 * and conflicts where both changed the same stretch differently.
 *
 * @param chunks the merged text, in order
 */
public record MergeResult(List<Chunk> chunks) {

	public MergeResult {
		chunks = List.copyOf(chunks);
	}

	public boolean isClean() {
		return this.chunks.stream().noneMatch(Conflict.class::isInstance);
	}

	/** The merged text, when no stretch conflicts. */
	public Optional<String> merged() {
		return isClean() ? Optional.of(textTaking(Side.MINE)) : Optional.empty();
	}

	public List<Conflict> conflicts() {
		return this.chunks.stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
	}

	/**
	 * The merged text with every conflict settled for one side: a starting point for a
	 * person resolving them.
	 */
	public String textTaking(Side side) {
		StringBuilder text = new StringBuilder();
		for (Chunk chunk : this.chunks) {
			if (chunk instanceof Agreed agreed) {
				text.append(agreed.text());
			}
			else if (chunk instanceof Conflict conflict) {
				text.append((side == Side.MINE) ? conflict.mine() : conflict.theirs());
			}
		}
		return text.toString();
	}

	/** Whose text a conflict is settled for. */
	public enum Side {

		/** The person saving now. */
		MINE,

		/** Whoever saved in between. */
		THEIRS

	}

	/** A stretch of the merged text. */
	public sealed interface Chunk permits Agreed, Conflict {

	}

	/**
	 * A stretch both sides left alone, changed in only one of them, or changed the same
	 * way.
	 */
	public record Agreed(String text) implements Chunk {

	}

	/** A stretch both sides changed differently, with what the common base had. */
	public record Conflict(String base, String mine, String theirs) implements Chunk {

	}

}
