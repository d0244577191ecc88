package org.datapact.classification.engine;

/**
 * One dataset's answers after checking, indexed by attribute: the typed value (or
 * {@code null} when unanswered) and, for option questions, the bits of the chosen
 * options.
 */
final class Facts {

	final String id;

	final Object[] values;

	final long[] bits;

	Facts(String id, Object[] values, long[] bits) {
		this.id = id;
		this.values = values;
		this.bits = bits;
	}

	boolean answered(int attribute) {
		return this.values[attribute] != null;
	}

}
