package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datapact.classification.ProjectContext;

/**
 * A compiled condition: attribute keys resolved to indexes, options to bit masks and
 * parameters to values, so that testing a dataset allocates nothing.
 */
abstract class Node {

	static final String PROJECT_COUNTRY = "project.country";

	static final String PROJECT_CONTEXTS = "project.contexts";

	abstract boolean test(Facts facts, ProjectContext project);

	/**
	 * Records the inputs that made this node hold (called only when it holds): the value
	 * of every attribute a holding comparison read.
	 */
	abstract void explain(Facts facts, ProjectContext project, Inputs inputs);

	/** Records every input this node reads, whatever its outcome. */
	abstract void read(Facts facts, ProjectContext project, Inputs inputs);

	/** The attribute indexes this node reads. */
	abstract void attributes(Set<Integer> into);

	/** Whether this node reads the project's context. */
	abstract boolean readsProject();

	static Node compile(Condition condition, AttributeCatalog catalog, Map<String, BigDecimal> parameters) {
		if (condition instanceof Condition.All all) {
			return new AllNode(children(all.of(), catalog, parameters));
		}
		if (condition instanceof Condition.Any any) {
			return new AnyNode(children(any.of(), catalog, parameters));
		}
		if (condition instanceof Condition.Not not) {
			return new NotNode(compile(not.condition(), catalog, parameters));
		}
		if (condition instanceof Condition.In in) {
			int attribute = catalog.indexOf(in.attribute());
			return new OptionNode(attribute, catalog.bits(attribute, in.values()));
		}
		if (condition instanceof Condition.Contains contains) {
			int attribute = catalog.indexOf(contains.attribute());
			return new OptionNode(attribute, catalog.bits(attribute, contains.values()));
		}
		if (condition instanceof Condition.Count count) {
			int attribute = catalog.indexOf(count.attribute());
			long among = (count.among() != null && !count.among().isEmpty()) ? catalog.bits(attribute, count.among())
					: ~0L;
			int none = catalog.optionIndex(attribute, Attribute.NONE);
			if (none >= 0) {
				among &= ~(1L << none);
			}
			return new CountNode(attribute, among, count.comparison(),
					threshold(count.value(), count.param(), parameters));
		}
		if (condition instanceof Condition.Compare compare) {
			return new CompareNode(catalog.indexOf(compare.attribute()), compare.comparison(),
					threshold(compare.value(), compare.param(), parameters));
		}
		if (condition instanceof Condition.Answered answered) {
			return new AnsweredNode(catalog.indexOf(answered.attribute()));
		}
		if (condition instanceof Condition.InContext context) {
			return new ContextNode(Set.copyOf(context.anyOf()));
		}
		if (condition instanceof Condition.InCountry country) {
			return new CountryNode(Set.copyOf(country.anyOf()));
		}
		throw new IllegalArgumentException("Unknown condition " + condition);
	}

	private static Node[] children(List<Condition> conditions, AttributeCatalog catalog,
			Map<String, BigDecimal> parameters) {
		List<Node> nodes = new ArrayList<>();
		for (Condition condition : conditions) {
			nodes.add(compile(condition, catalog, parameters));
		}
		return nodes.toArray(new Node[0]);
	}

	private static BigDecimal threshold(BigDecimal value, String param, Map<String, BigDecimal> parameters) {
		return (value != null) ? value : parameters.get(param);
	}

	/** The inputs of a fired rule, by attribute key, with the project's context. */
	static final class Inputs {

		private final AttributeCatalog catalog;

		final Map<String, Object> values;

		Inputs(AttributeCatalog catalog, Map<String, Object> values) {
			this.catalog = catalog;
			this.values = values;
		}

		void attribute(Facts facts, int attribute) {
			this.values.put(this.catalog.get(attribute).key(), facts.values[attribute]);
		}

		void project(ProjectContext project, boolean country, boolean contexts) {
			if (country) {
				this.values.put(PROJECT_COUNTRY, project.country());
			}
			if (contexts) {
				this.values.put(PROJECT_CONTEXTS, List.copyOf(project.contexts()));
			}
		}

	}

	private static final class AllNode extends Node {

		private final Node[] children;

		AllNode(Node[] children) {
			this.children = children;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (Node child : this.children) {
				if (!child.test(facts, project)) {
					return false;
				}
			}
			return true;
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				child.explain(facts, project, inputs);
			}
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				child.read(facts, project, inputs);
			}
		}

		@Override
		void attributes(Set<Integer> into) {
			for (Node child : this.children) {
				child.attributes(into);
			}
		}

		@Override
		boolean readsProject() {
			for (Node child : this.children) {
				if (child.readsProject()) {
					return true;
				}
			}
			return false;
		}

	}

	private static final class AnyNode extends Node {

		private final Node[] children;

		AnyNode(Node[] children) {
			this.children = children;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (Node child : this.children) {
				if (child.test(facts, project)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Every alternative that holds, not only the first, so the order never matters.
		 */
		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				if (child.test(facts, project)) {
					child.explain(facts, project, inputs);
				}
			}
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				child.read(facts, project, inputs);
			}
		}

		@Override
		void attributes(Set<Integer> into) {
			for (Node child : this.children) {
				child.attributes(into);
			}
		}

		@Override
		boolean readsProject() {
			for (Node child : this.children) {
				if (child.readsProject()) {
					return true;
				}
			}
			return false;
		}

	}

	private static final class NotNode extends Node {

		private final Node child;

		NotNode(Node child) {
			this.child = child;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return !this.child.test(facts, project);
		}

		/** What the negated condition read is what made it fail. */
		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			this.child.read(facts, project, inputs);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			this.child.read(facts, project, inputs);
		}

		@Override
		void attributes(Set<Integer> into) {
			this.child.attributes(into);
		}

		@Override
		boolean readsProject() {
			return this.child.readsProject();
		}

	}

	private abstract static class AttributeNode extends Node {

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
	private static final class OptionNode extends AttributeNode {

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

	private static final class CountNode extends AttributeNode {

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

	private static final class CompareNode extends AttributeNode {

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

	private static final class AnsweredNode extends AttributeNode {

		AnsweredNode(int attribute) {
			super(attribute);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return facts.values[this.attribute] != null;
		}

	}

	private abstract static class ProjectNode extends Node {

		@Override
		void attributes(Set<Integer> into) {
		}

		@Override
		boolean readsProject() {
			return true;
		}

	}

	private static final class ContextNode extends ProjectNode {

		private final Set<String> anyOf;

		ContextNode(Set<String> anyOf) {
			this.anyOf = new HashSet<>(anyOf);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (String context : project.contexts()) {
				if (this.anyOf.contains(context)) {
					return true;
				}
			}
			return false;
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, false, true);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, false, true);
		}

	}

	private static final class CountryNode extends ProjectNode {

		private final Set<String> anyOf;

		CountryNode(Set<String> anyOf) {
			this.anyOf = new HashSet<>(anyOf);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return project.country() != null && this.anyOf.contains(project.country());
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, true, false);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, true, false);
		}

	}

}
