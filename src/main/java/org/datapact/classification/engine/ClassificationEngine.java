package org.datapact.classification.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;

/**
 * The engine's entry point: evaluates a project's datasets with a rule set. A rule set is
 * compiled once and kept while it is the last one used; callers that switch between rule
 * sets should hold their own {@link CompiledRuleSet}.
 */
public final class ClassificationEngine {

	private final AtomicReference<CompiledRuleSet> last = new AtomicReference<>();

	/**
	 * Classifies the datasets: every dataset's fired rules and level, the combinations
	 * found between pairs, and the project level.
	 * @throws InvalidRuleSetException when the rule set cannot be used
	 * @throws org.datapact.classification.InvalidFactsException when a dataset does not
	 * fit the contract
	 */
	public ProjectEvaluation evaluate(RuleSet ruleSet, ProjectContext project, List<DatasetFacts> datasets) {
		return compiled(ruleSet).evaluate(project, datasets);
	}

	private CompiledRuleSet compiled(RuleSet ruleSet) {
		CompiledRuleSet compiled = this.last.get();
		if (compiled == null || compiled.definition() != ruleSet) {
			compiled = CompiledRuleSet.compile(ruleSet);
			this.last.set(compiled);
		}
		return compiled;
	}

}
