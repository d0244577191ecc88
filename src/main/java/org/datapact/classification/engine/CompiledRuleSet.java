package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.DatasetFacts;
import org.datapact.classification.FiredRule;
import org.datapact.classification.InvalidFactsException;
import org.datapact.classification.InvalidFactsException.Problem;
import org.datapact.classification.Level;
import org.datapact.classification.LocalizedText;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;

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

	private static final Comparator<CombinationFinding> FINDING_ORDER = Comparator
		.comparing(CombinationFinding::ruleKey)
		.thenComparing(CombinationFinding::firstDatasetId)
		.thenComparing(CombinationFinding::secondDatasetId);

	private final RuleSet definition;

	private final AttributeCatalog catalog;

	private final List<CompiledRule> rules = new ArrayList<>();

	private final List<CompiledCombination> combinations = new ArrayList<>();

	private final int granularity;

	private final int linkageKeys;

	private final long realLinkageKeys;

	private final int collectionStart;

	private final int collectionEnd;

	private CompiledRuleSet(RuleSet definition, AttributeCatalog catalog) {
		this.definition = definition;
		this.catalog = catalog;
		this.granularity = catalog.indexOf(AttributeCatalog.LOCATION_GRANULARITY);
		this.linkageKeys = catalog.indexOf(AttributeCatalog.LINKAGE_KEYS);
		this.realLinkageKeys = (this.linkageKeys < 0) ? 0
				: ~0L & ~bit(catalog.optionIndex(this.linkageKeys, Attribute.NONE));
		this.collectionStart = catalog.indexOf(AttributeCatalog.COLLECTION_START);
		this.collectionEnd = catalog.indexOf(AttributeCatalog.COLLECTION_END);
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
					rule.description().replace(shown), rule.explanation().replace(shown), rule.reference(),
					rule.scope(), Node.compile(rule.condition(), catalog, parameters))));
		definition.combinationRules()
			.stream()
			.sorted(Comparator.comparing(CombinationRule::key))
			.forEach((rule) -> this.combinations.add(new CompiledCombination(rule.key(), rule.level(),
					rule.description().replace(shown), rule.explanation().replace(shown), rule.reference(),
					rule.scope(), rule.linkage(), sharedKeyMask(rule.linkage()),
					Node.compile(rule.one(), catalog, parameters), Node.compile(rule.other(), catalog, parameters),
					(rule.combined() != null) ? Node.compile(rule.combined(), catalog, parameters) : null)));
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
			throw new InvalidRuleSetException(List.of(new RuleSetProblem("(rule set)", "empty", List.of())));
		}
		List<RuleSetProblem> problems = RuleSetValidator.problems(ruleSet, catalog);
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
	 * Classifies a project's datasets: each dataset's own rules, then every linkable pair
	 * against the combination rules, then the project level.
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
		List<CombinationFinding> findings = combine(facts, context);
		Map<String, List<CombinationFinding>> byDataset = new HashMap<>();
		for (CombinationFinding finding : findings) {
			byDataset.computeIfAbsent(finding.firstDatasetId(), (id) -> new ArrayList<>()).add(finding);
			byDataset.computeIfAbsent(finding.secondDatasetId(), (id) -> new ArrayList<>()).add(finding);
		}
		List<DatasetClassification> classifications = new ArrayList<>(facts.length);
		Level projectLevel = Level.PUBLIC;
		for (int i = 0; i < facts.length; i++) {
			Level own = Level.PUBLIC;
			for (FiredRule rule : fired.get(i)) {
				own = own.max(rule.level());
			}
			Level level = own;
			List<CombinationFinding> involving = byDataset.getOrDefault(facts[i].id, List.of());
			for (CombinationFinding finding : involving) {
				level = level.max(finding.level());
			}
			projectLevel = projectLevel.max(level);
			classifications.add(new DatasetClassification(facts[i].id, datasets.get(i).name(), level, own, fired.get(i),
					Collections.unmodifiableList(involving)));
		}
		return new ProjectEvaluation(this.definition.id(), this.definition.version(), projectLevel,
				Collections.unmodifiableList(classifications), findings);
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
				fired.add(new FiredRule(rule.key, rule.level, rule.description, rule.explanation, rule.reference,
						Collections.unmodifiableMap(inputs.values)));
			}
		}
		fired.sort(FIRED_ORDER);
		return Collections.unmodifiableList(fired);
	}

	private List<CombinationFinding> combine(Facts[] facts, ProjectContext project) {
		if (facts.length < 2 || this.combinations.isEmpty()) {
			return List.of();
		}
		// Pairs are taken in dataset id order, so the result never depends on the order
		// datasets are given in.
		Integer[] order = new Integer[facts.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> facts[i].id));
		List<CombinationFinding> findings = new ArrayList<>();
		boolean[] one = new boolean[facts.length];
		boolean[] other = new boolean[facts.length];
		int[] candidates = new int[facts.length];
		for (CompiledCombination rule : this.combinations) {
			if (!rule.scope.appliesTo(project)) {
				continue;
			}
			// Each side's condition once per dataset; only datasets meeting a side pair
			// up.
			int count = 0;
			for (int i : order) {
				one[i] = rule.one.test(facts[i], project);
				other[i] = rule.other.test(facts[i], project);
				if (one[i] || other[i]) {
					candidates[count++] = i;
				}
			}
			for (int a = 0; a < count; a++) {
				int i = candidates[a];
				for (int b = a + 1; b < count; b++) {
					int j = candidates[b];
					boolean forward = one[i] && other[j];
					boolean backward = one[j] && other[i];
					if ((forward || backward) && linked(rule, facts[i], facts[j])) {
						Facts together = (rule.combined != null) ? merge(facts[i], facts[j]) : null;
						if (together == null || rule.combined.test(together, project)) {
							findings.add(finding(rule, facts[i], facts[j], forward, backward, project));
						}
					}
				}
			}
		}
		findings.sort(FINDING_ORDER);
		return Collections.unmodifiableList(findings);
	}

	private boolean linked(CompiledCombination rule, Facts first, Facts second) {
		Linkage linkage = rule.linkage;
		if (linkage.sameGranularity() && (this.granularity < 0 || first.values[this.granularity] == null
				|| !first.values[this.granularity].equals(second.values[this.granularity]))) {
			return false;
		}
		if (linkage.sharedKeys() != null && (this.linkageKeys < 0
				|| (first.bits[this.linkageKeys] & second.bits[this.linkageKeys] & rule.sharedKeyMask) == 0)) {
			return false;
		}
		if (linkage.overlappingPeriods()) {
			LocalDate firstStart = date(first, this.collectionStart);
			LocalDate firstEnd = date(first, this.collectionEnd);
			LocalDate secondStart = date(second, this.collectionStart);
			LocalDate secondEnd = date(second, this.collectionEnd);
			if (firstStart != null && secondEnd != null && firstStart.isAfter(secondEnd)) {
				return false;
			}
			if (secondStart != null && firstEnd != null && secondStart.isAfter(firstEnd)) {
				return false;
			}
		}
		return true;
	}

	private CombinationFinding finding(CompiledCombination rule, Facts first, Facts second, boolean forward,
			boolean backward, ProjectContext project) {
		Node.Inputs firstInputs = inputs();
		Node.Inputs secondInputs = inputs();
		if (forward) {
			rule.one.explain(first, project, firstInputs);
			rule.other.explain(second, project, secondInputs);
		}
		if (backward) {
			rule.one.explain(second, project, secondInputs);
			rule.other.explain(first, project, firstInputs);
		}
		List<Integer> linkageInputs = new ArrayList<>();
		if (rule.linkage.sameGranularity()) {
			linkageInputs.add(this.granularity);
		}
		if (rule.linkage.sharedKeys() != null) {
			linkageInputs.add(this.linkageKeys);
		}
		if (rule.linkage.overlappingPeriods()) {
			linkageInputs.add(this.collectionStart);
			linkageInputs.add(this.collectionEnd);
		}
		Set<Integer> read = new TreeSet<>(linkageInputs);
		if (rule.combined != null) {
			rule.combined.attributes(read);
		}
		for (int attribute : read) {
			if (attribute >= 0) {
				firstInputs.attribute(first, attribute);
				secondInputs.attribute(second, attribute);
			}
		}
		if (rule.combined != null && rule.combined.readsProject()) {
			firstInputs.project(project, true, true);
			secondInputs.project(project, true, true);
		}
		scopeInputs(rule.scope, project, firstInputs);
		scopeInputs(rule.scope, project, secondInputs);
		long shared = (this.linkageKeys < 0) ? 0
				: first.bits[this.linkageKeys] & second.bits[this.linkageKeys] & this.realLinkageKeys;
		List<String> sharedKeys = (this.linkageKeys < 0) ? List.of() : this.catalog.options(this.linkageKeys, shared);
		return new CombinationFinding(rule.key, rule.level, first.id, second.id, rule.description, rule.explanation,
				rule.reference, sharedKeys, Collections.unmodifiableMap(firstInputs.values),
				Collections.unmodifiableMap(secondInputs.values));
	}

	/**
	 * The two datasets' answers taken together: several-options answers united (without
	 * "none" once anything else is chosen), any other answer only where both agree.
	 */
	private Facts merge(Facts first, Facts second) {
		int size = this.catalog.size();
		Object[] values = new Object[size];
		long[] bits = new long[size];
		for (int a = 0; a < size; a++) {
			Attribute attribute = this.catalog.get(a);
			if (attribute.type() == AttributeType.MULTI) {
				long union = first.bits[a] | second.bits[a];
				long none = bit(this.catalog.optionIndex(a, Attribute.NONE));
				if (union != none) {
					union &= ~none;
				}
				bits[a] = union;
				values[a] = (union != 0) ? this.catalog.options(a, union) : null;
			}
			else if (same(first.values[a], second.values[a])) {
				values[a] = first.values[a];
				bits[a] = first.bits[a];
			}
		}
		return new Facts(first.id + "+" + second.id, values, bits);
	}

	private static boolean same(Object first, Object second) {
		if (first instanceof BigDecimal a && second instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return first != null && first.equals(second);
	}

	private Node.Inputs inputs() {
		return new Node.Inputs(this.catalog, new TreeMap<>());
	}

	private static void scopeInputs(Scope scope, ProjectContext project, Node.Inputs inputs) {
		inputs.project(project, !scope.countries().isEmpty(), !scope.contexts().isEmpty());
	}

	private long sharedKeyMask(Linkage linkage) {
		if (linkage.sharedKeys() == null || this.linkageKeys < 0) {
			return 0;
		}
		return linkage.sharedKeys().isEmpty() ? this.realLinkageKeys
				: this.catalog.bits(this.linkageKeys, linkage.sharedKeys());
	}

	private static LocalDate date(Facts facts, int attribute) {
		return (attribute >= 0) ? (LocalDate) facts.values[attribute] : null;
	}

	private static long bit(int option) {
		return (option >= 0) ? 1L << option : 0;
	}

	private record CompiledRule(String key, Level level, LocalizedText description, LocalizedText explanation,
			String reference, Scope scope, Node condition) {

	}

	private record CompiledCombination(String key, Level level, LocalizedText description, LocalizedText explanation,
			String reference, Scope scope, Linkage linkage, long sharedKeyMask, Node one, Node other, Node combined) {

	}

}
