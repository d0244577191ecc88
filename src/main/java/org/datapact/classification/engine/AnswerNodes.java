package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.Set;

import org.datapact.classification.ProjectContext;

/**
 * The compiled conditions on one answer of a dataset: options, counts, numbers, answered.
 */
final class AnswerNodes {

	private AnswerNodes() {
	}

	abstract static class AttributeNode extends Node {

		final int attribute;

		AttributeNode(int attribute) {
			this.attribute = attribute;
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.attribute(facts, this.attribute);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.attribute(facts, this.attribute);
		}

		@Override
		void attributes(Set<Integer> into) {
			into.add(this.attribute);
		}

		@Override
		boolean readsProject() {
			return false;
		}

	}

	/** One-option answer in a set, or several-options answer meeting a set. */
	static final class OptionNode extends AttributeNode {

		private final long mask;

		OptionNode(int attribute, long mask) {
			super(attribute);
			this.mask = mask;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return (facts.bits[this.attribute] & this.mask) != 0;
		}

	}

	static final class CountNode extends AttributeNode {

		private final long among;

		private final Comparison comparison;

		private final BigDecimal threshold;

		CountNode(int attribute, long among, Comparison comparison, BigDecimal threshold) {
			super(attribute);
			this.among = among;
			this.comparison = comparison;
			this.threshold = threshold;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			int count = Long.bitCount(facts.bits[this.attribute] & this.among);
			return this.comparison.holds(BigDecimal.valueOf(count).compareTo(this.threshold));
		}

	}

	static final class CompareNode extends AttributeNode {

		private final Comparison comparison;

		private final BigDecimal threshold;

		CompareNode(int attribute, Comparison comparison, BigDecimal threshold) {
			super(attribute);
			this.comparison = comparison;
			this.threshold = threshold;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return facts.values[this.attribute] instanceof BigDecimal number
					&& this.comparison.holds(number.compareTo(this.threshold));
		}

	}

	static final class AnsweredNode extends AttributeNode {

		AnsweredNode(int attribute) {
			super(attribute);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return facts.values[this.attribute] != null;
		}

	}

}
