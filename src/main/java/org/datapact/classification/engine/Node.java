package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
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
			return new GroupNodes.AllNode(children(all.of(), catalog, parameters));
		}
		if (condition instanceof Condition.Any any) {
			return new GroupNodes.AnyNode(children(any.of(), catalog, parameters));
		}
		if (condition instanceof Condition.Not not) {
			return new GroupNodes.NotNode(compile(not.condition(), catalog, parameters));
		}
		if (condition instanceof Condition.In in) {
			int attribute = catalog.indexOf(in.attribute());
			return new AnswerNodes.OptionNode(attribute, catalog.bits(attribute, in.values()));
		}
		if (condition instanceof Condition.Contains contains) {
			int attribute = catalog.indexOf(contains.attribute());
			return new AnswerNodes.OptionNode(attribute, catalog.bits(attribute, contains.values()));
		}
		if (condition instanceof Condition.Count count) {
			int attribute = catalog.indexOf(count.attribute());
			long among = (count.among() != null && !count.among().isEmpty()) ? catalog.bits(attribute, count.among())
					: ~0L;
			int none = catalog.optionIndex(attribute, Attribute.NONE);
			if (none >= 0) {
				among &= ~(1L << none);
			}
			return new AnswerNodes.CountNode(attribute, among, count.comparison(),
					threshold(count.value(), count.param(), parameters));
		}
		if (condition instanceof Condition.Compare compare) {
			return new AnswerNodes.CompareNode(catalog.indexOf(compare.attribute()), compare.comparison(),
					threshold(compare.value(), compare.param(), parameters));
		}
		if (condition instanceof Condition.Answered answered) {
			return new AnswerNodes.AnsweredNode(catalog.indexOf(answered.attribute()));
		}
		if (condition instanceof Condition.InContext context) {
			return new ProjectNodes.ContextNode(Set.copyOf(context.anyOf()));
		}
		if (condition instanceof Condition.InCountry country) {
			return new ProjectNodes.CountryNode(Set.copyOf(country.anyOf()));
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

}
