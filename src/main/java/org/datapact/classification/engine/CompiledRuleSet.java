package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.datapact.classification.CombinationMembership;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.DatasetFacts;
import org.datapact.classification.DefaultLevel;
import org.datapact.classification.FiredRule;
import org.datapact.classification.InvalidFactsException;
import org.datapact.classification.InvalidFactsException.Problem;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.definition.LocalizedText;

/**
 * A checked rule set ready to evaluate: conditions compiled once (attribute indexes,
 * option bit masks, parameter values), explanations with parameters filled in. Immutable
 * and safe to share between threads.
 */
public final class CompiledRuleSet {

	/** Longest dataset id accepted. */
	public static final int MAX_ID_LENGTH = 100;

	private static final Comparator<FiredRule> FIRED_ORDER = Comparator.comparing(FiredRule::level)
		.reversed()
		.thenComparing(FiredRule::ruleKey);

	private final RuleSet definition;

	private final AttributeCatalog catalog;

	private final List<CompiledRule> rules = new ArrayList<>();

	private final CombinationEvaluator combinations;

	private final DefaultLevel defaultLevel;

	private CompiledRuleSet(RuleSet definition, AttributeCatalog catalog) {
		this.definition = definition;
		this.catalog = catalog;
		Map<String, BigDecimal> parameters = new HashMap<>();
		Map<String, String> shown = new HashMap<>();
		definition.parameters().forEach((name, parameter) -> {
			parameters.put(name, parameter.value());
			shown.put(name, parameter.value().stripTrailingZeros().toPlainString());
		});
		// Sorted by key, so that neither evaluation nor its result depends on the order
		// the rules are listed in.
		definition.rules()
			.stream()
			.sorted(Comparator.comparing(Rule::key))
			.forEach((rule) -> this.rules.add(new CompiledRule(rule.key(), rule.level(),
					AnswerText.of(rule.description().replace(shown), rule.condition(), catalog),
					AnswerText.of(rule.explanation().replace(shown), rule.condition(), catalog), rule.reference(),
					rule.scope(), Node.compile(rule.condition(), catalog, parameters))));
		DefaultLevel fallback = definition.defaultLevel();
		this.defaultLevel = (fallback != null) ? new DefaultLevel(fallback.level(),
				fallback.description().replace(shown), fallback.explanation().replace(shown), fallback.reference())
				: null;
		this.combinations = new CombinationEvaluator(catalog, definition.combinationRules()
			.stream()
			.sorted(Comparator.comparing(CombinationRule::key))
			.map((rule) -> new CombinationEvaluator.Compiled(rule.key(), rule.level(),
					rule.description().replace(shown), rule.explanation().replace(shown), rule.reference(),
					rule.scope(), rule.linkage(), CombinationEvaluator.sharedKeyMask(catalog, rule.linkage()),
					Node.compile(rule.one(), catalog, parameters), Node.compile(rule.other(), catalog, parameters),
					(rule.combined() != null) ? Node.compile(rule.combined(), catalog, parameters) : null))
			.toList());
	}

	/**
	 * Checks and compiles a rule set against the dataset inventory contract.
	 * @throws InvalidRuleSetException listing every problem, if there are any
	 */
	public static CompiledRuleSet compile(RuleSet ruleSet) {
		return compile(ruleSet, AttributeCatalog.datasetInventory());
	}

	/**
	 * Checks and compiles a rule set against an attribute catalogue.
	 * @throws InvalidRuleSetException listing every problem, if there are any
	 */
	public static CompiledRuleSet compile(RuleSet ruleSet, AttributeCatalog catalog) {
		if (ruleSet == null) {
			throw new InvalidRuleSetException(List.of(RuleSetProblems.problem("(rule set)", "empty")));
		}
		List<org.datapact.definition.Problem> problems = RuleSetValidator.problems(ruleSet, catalog);
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetException(problems);
		}
		return new CompiledRuleSet(ruleSet, catalog);
	}

	public RuleSet definition() {
		return this.definition;
	}

	public AttributeCatalog catalog() {
		return this.catalog;
	}

	/**
	 * Classifies a project's datasets: each dataset's own rules, then the combination
	 * rules over the datasets that can be linked, then the project level.
	 * @throws InvalidFactsException when a dataset's id or answers do not fit the
	 * contract
	 */
	public ProjectEvaluation evaluate(ProjectContext project, List<DatasetFacts> datasets) {
		ProjectContext context = (project != null) ? project : ProjectContext.none();
		Facts[] facts = facts(datasets);
		List<List<FiredRule>> fired = new ArrayList<>(facts.length);
		List<CompiledRule> applicable = new ArrayList<>(this.rules.size());
		for (CompiledRule rule : this.rules) {
			if (rule.scope.appliesTo(context)) {
				applicable.add(rule);
			}
		}
		for (Facts dataset : facts) {
			fired.add(fire(applicable, dataset, context));
		}
		CombinationEvaluator.Result combined = this.combinations.evaluate(facts, context);
		List<DatasetClassification> classifications = new ArrayList<>(facts.length);
		Level projectLevel = Level.PUBLIC;
		for (int i = 0; i < facts.length; i++) {
			Level own = Level.PUBLIC;
			for (FiredRule rule : fired.get(i)) {
				own = own.max(rule.level());
			}
			// Public is a rule's finding; a dataset no rule determines gets the default
			DefaultLevel undetermined = (fired.get(i).isEmpty()) ? this.defaultLevel : null;
			if (undetermined != null) {
				own = undetermined.level();
			}
			Level level = own;
			List<CombinationMembership> involving = combined.memberships().get(i);
			for (CombinationMembership membership : involving) {
				level = level.max(membership.level());
			}
			projectLevel = projectLevel.max(level);
			classifications.add(new DatasetClassification(facts[i].id, datasets.get(i).name(), level, own, fired.get(i),
					Collections.unmodifiableList(involving), undetermined));
		}
		return new ProjectEvaluation(this.definition.id(), this.definition.version(), projectLevel,
				Collections.unmodifiableList(classifications), combined.findings());
	}

	private Facts[] facts(List<DatasetFacts> datasets) {
		Facts[] facts = new Facts[datasets.size()];
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < facts.length; i++) {
			DatasetFacts dataset = datasets.get(i);
			String id = (dataset != null) ? dataset.id() : null;
			if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH
					|| id.chars().anyMatch(Character::isISOControl)) {
				throw new InvalidFactsException(Problem.INVALID_ID, i, null, null, MAX_ID_LENGTH);
			}
			if (ids.putIfAbsent(id, i) != null) {
				throw new InvalidFactsException(Problem.DUPLICATE_ID, i, null, null, id);
			}
			facts[i] = this.catalog.facts(i, id, dataset.attributes());
		}
		return facts;
	}

	private List<FiredRule> fire(List<CompiledRule> rules, Facts dataset, ProjectContext project) {
		List<FiredRule> fired = new ArrayList<>(4);
		for (CompiledRule rule : rules) {
			if (rule.condition.test(dataset, project)) {
				Node.Inputs inputs = inputs();
				rule.condition.explain(dataset, project, inputs);
				scopeInputs(rule.scope, project, inputs);
				fired.add(new FiredRule(rule.key, rule.level, rule.description.render(dataset),
						rule.explanation.render(dataset), rule.reference, Collections.unmodifiableMap(inputs.values)));
			}
		}
		fired.sort(FIRED_ORDER);
		return Collections.unmodifiableList(fired);
	}

	private Node.Inputs inputs() {
		return new Node.Inputs(this.catalog, new TreeMap<>());
	}

	private static void scopeInputs(Scope scope, ProjectContext project, Node.Inputs inputs) {
		inputs.project(project, !scope.countries().isEmpty(), !scope.contexts().isEmpty());
	}

	private record CompiledRule(String key, Level level, AnswerText description, AnswerText explanation,
			String reference, Scope scope, Node condition) {

	}

}
