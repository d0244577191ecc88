package org.datapact.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.datapact.classification.domain.RuleSets;
import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.AttributeType;
import org.datapact.classification.engine.CombinationRule;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSet;
import org.datapact.definition.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the default rule set over randomly generated projects (fixed seeds, so
 * every run checks the same projects and a failure names its seed): a more sensitive
 * answer never lowers any level; the result does not depend on the order of datasets,
 * rules or answers; every fired rule and combination is explained in every language.
 */
class ClassificationPropertiesTest {

	static final RuleSet DEFAULT = RuleSets.loadDefault();

	static final CompiledRuleSet RULES = CompiledRuleSet.compile(DEFAULT);

	static final AttributeCatalog CATALOG = AttributeCatalog.datasetInventory();

	/** From least to most precise: a finer location never makes data less sensitive. */
	static final List<String> GRANULARITY = List.of("none", "national", "admin1", "admin2", "site", "household",
			"individual");

	/** A parameter or answer placeholder left unfilled. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_:,]+}");

	static IntStream seeds() {
		return IntStream.rangeClosed(1, 300);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aMoreSensitiveAnswerNeverLowersALevel(int seed) {
		Random random = new Random(seed);
		ProjectContext project = RandomDatasets.project(random);
		List<DatasetFacts> datasets = RandomDatasets.datasets(random, 1 + random.nextInt(8));
		ProjectEvaluation before = RULES.evaluate(project, datasets);
		for (int step = 0; step < 5; step++) {
			int target = random.nextInt(datasets.size());
			List<DatasetFacts> changed = new ArrayList<>(datasets);
			Change change = moreSensitive(random, datasets.get(target));
			if (change == null) {
				continue;
			}
			changed.set(target, change.dataset());
			ProjectEvaluation after = RULES.evaluate(project, changed);
			for (DatasetFacts dataset : datasets) {
				Level was = before.dataset(dataset.id()).orElseThrow().level();
				Level is = after.dataset(dataset.id()).orElseThrow().level();
				assertThat(is)
					.as("seed %d: %s on %s lowered %s", seed, change.what(), datasets.get(target).id(), dataset.id())
					.isGreaterThanOrEqualTo(was);
			}
			assertThat(after.projectLevel()).isGreaterThanOrEqualTo(before.projectLevel());
			datasets = changed;
			before = after;
		}
		// a context declared in addition never lowers anything either
		for (String context : List.of("active_conflict", "persecution")) {
			Set<String> more = new TreeSet<>(project.contexts());
			more.add(context);
			ProjectEvaluation declared = RULES.evaluate(ProjectContext.of(project.country(), more), datasets);
			for (DatasetClassification dataset : before.datasets()) {
				assertThat(declared.dataset(dataset.datasetId()).orElseThrow().level()).as("seed %d: %s", seed, context)
					.isGreaterThanOrEqualTo(dataset.level());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theResultDoesNotDependOnOrder(int seed) {
		Random random = new Random(seed);
		ProjectContext project = RandomDatasets.project(random);
		List<DatasetFacts> datasets = RandomDatasets.datasets(random, 1 + random.nextInt(8));
		ProjectEvaluation original = RULES.evaluate(project, datasets);
		assertThat(RULES.evaluate(project, datasets)).as("the same call twice").isEqualTo(original);

		List<DatasetFacts> shuffled = new ArrayList<>();
		for (DatasetFacts dataset : datasets) {
			List<Map.Entry<String, Object>> answers = new ArrayList<>(dataset.attributes().entrySet());
			Collections.shuffle(answers, random);
			Map<String, Object> reordered = new LinkedHashMap<>();
			answers.forEach((answer) -> reordered.put(answer.getKey(), reorder(answer.getValue(), random)));
			shuffled.add(new DatasetFacts(dataset.id(), reordered));
		}
		Collections.shuffle(shuffled, random);
		List<Rule> rules = new ArrayList<>(DEFAULT.rules());
		List<CombinationRule> combinations = new ArrayList<>(DEFAULT.combinationRules());
		Collections.shuffle(rules, random);
		Collections.shuffle(combinations, random);
		CompiledRuleSet reorderedRules = CompiledRuleSet.compile(DEFAULT.withRules(rules, combinations));
		ProjectEvaluation reordered = reorderedRules.evaluate(project, shuffled);

		assertThat(reordered.byDatasetId()).isEqualTo(original.byDatasetId());
		assertThat(reordered.combinations()).isEqualTo(original.combinations());
		assertThat(reordered.projectLevel()).isEqualTo(original.projectLevel());
		assertThat(reordered.datasets()).extracting(DatasetClassification::datasetId)
			.as("datasets come back in the order given")
			.containsExactlyElementsOf(shuffled.stream().map(DatasetFacts::id).toList());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyFiredRuleIsExplainedInEveryLanguage(int seed) {
		Random random = new Random(seed);
		ProjectEvaluation evaluation = RULES.evaluate(RandomDatasets.project(random),
				RandomDatasets.datasets(random, 1 + random.nextInt(8)));
		for (DatasetClassification dataset : evaluation.datasets()) {
			Level highest = Level.PUBLIC;
			for (FiredRule rule : dataset.firedRules()) {
				explained(rule.explanation(), rule.ruleKey());
				explained(rule.description(), rule.ruleKey());
				assertThat(rule.reference()).isNotBlank();
				assertThat(rule.inputs()).as(rule.ruleKey()).isNotEmpty();
				assertThat(rule.inputs().keySet()).allSatisfy((key) -> assertThat(
						CATALOG.indexOf(key) >= 0 || key.equals("project.country") || key.equals("project.contexts"))
					.as(key)
					.isTrue());
				highest = highest.max(rule.level());
			}
			if (dataset.firedRules().isEmpty()) {
				// no silent Public: the rule set's default level, explained, to be
				// confirmed
				assertThat(dataset.needsConfirmation()).isTrue();
				assertThat(dataset.defaultLevel()).isEqualTo(DEFAULT.defaultLevel());
				explained(dataset.defaultLevel().explanation(), "defaultLevel");
				highest = DEFAULT.defaultLevel().level();
			}
			else {
				assertThat(dataset.needsConfirmation()).isFalse();
			}
			assertThat(dataset.ownLevel()).isEqualTo(highest);
			Level level = highest;
			for (CombinationMembership membership : dataset.combinations()) {
				level = level.max(membership.level());
				List<CombinationFinding> named = evaluation.combinations()
					.stream()
					.filter((finding) -> finding.ruleKey().equals(membership.ruleKey()))
					.toList();
				assertThat(named).singleElement()
					.satisfies((finding) -> assertThat(finding.involves(dataset.datasetId())).isTrue());
			}
			assertThat(dataset.level()).isEqualTo(level);
		}
		for (CombinationFinding finding : evaluation.combinations()) {
			explained(finding.explanation(), finding.ruleKey());
			assertThat(finding.datasetIds()).hasSizeGreaterThanOrEqualTo(2).isSorted().doesNotHaveDuplicates();
			assertThat(finding.inputs().keySet()).containsExactlyElementsOf(finding.datasetIds());
			assertThat(finding.inputs().values()).allSatisfy((inputs) -> assertThat(inputs).isNotEmpty());
		}
		assertThat(evaluation.projectLevel()).isEqualTo(
				evaluation.datasets().stream().map(DatasetClassification::level).reduce(Level.PUBLIC, Level::max));
	}

	/**
	 * Grouping loses nothing and invents nothing: a rule's finding involves exactly the
	 * datasets of the pairs that meet it on their own (each pair classified as a project
	 * of two), with the same inputs.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aFindingInvolvesExactlyTheDatasetsOfThePairsThatMeetItsRule(int seed) {
		Random random = new Random(seed);
		ProjectContext project = RandomDatasets.project(random);
		List<DatasetFacts> datasets = RandomDatasets.linkableDatasets(random, 2 + random.nextInt(9));
		Map<String, Map<String, Map<String, Object>>> expected = new TreeMap<>();
		for (int i = 0; i < datasets.size(); i++) {
			for (int j = i + 1; j < datasets.size(); j++) {
				for (CombinationFinding pair : RULES.evaluate(project, List.of(datasets.get(i), datasets.get(j)))
					.combinations()) {
					assertThat(pair.datasetIds()).hasSize(2);
					for (String id : pair.datasetIds()) {
						expected.computeIfAbsent(pair.ruleKey(), (key) -> new TreeMap<>())
							.computeIfAbsent(id, (key) -> new TreeMap<>())
							.putAll(pair.inputsOf(id));
					}
				}
			}
		}
		Map<String, Map<String, Map<String, Object>>> grouped = new TreeMap<>();
		for (CombinationFinding finding : RULES.evaluate(project, datasets).combinations()) {
			assertThat(grouped.put(finding.ruleKey(), finding.inputs())).as("one finding per rule").isNull();
		}
		assertThat(grouped).as("seed %d", seed).isEqualTo(expected);
	}

	private static void explained(LocalizedText text, String rule) {
		for (String language : List.of("en", "fr")) {
			assertThat(text.has(language)).as("%s in %s", rule, language).isTrue();
			assertThat(PLACEHOLDER.matcher(text.texts().get(language)).find()).as("%s: a placeholder left", rule)
				.isFalse();
		}
	}

	record Change(DatasetFacts dataset, String what) {

	}

	/**
	 * One step towards more sensitive data: another option in a several-options answer (a
	 * vulnerable group, a group of people, a sensitive topic, an identifier…), no →
	 * unknown → yes, a finer location, record-level instead of aggregated, a smaller
	 * smallest count, counting people or households instead of things; {@code null} when
	 * the chosen step is not possible.
	 */
	static Change moreSensitive(Random random, DatasetFacts dataset) {
		Map<String, Object> answers = new LinkedHashMap<>(dataset.attributes());
		String what;
		switch (random.nextInt(6)) {
			case 0 -> {
				List<Attribute> multi = CATALOG.attributes()
					.stream()
					.filter((a) -> a.type() == AttributeType.MULTI)
					.toList();
				Attribute attribute = multi.get(random.nextInt(multi.size()));
				List<String> real = attribute.options().stream().filter((o) -> !o.equals(Attribute.NONE)).toList();
				String option = real.get(random.nextInt(real.size()));
				Set<String> now = new LinkedHashSet<>();
				if (answers.get(attribute.key()) instanceof Set<?> current) {
					current.forEach((o) -> now.add((String) o));
				}
				now.remove(Attribute.NONE);
				now.add(option);
				answers.put(attribute.key(), now);
				what = "adding " + option + " to " + attribute.key();
			}
			case 1 -> {
				String key = List.of("protection_data", "case_management_data", "security_data").get(random.nextInt(3));
				Object current = answers.get(key);
				if ("yes".equals(current)) {
					return null;
				}
				String next = "no".equals(current) ? (random.nextBoolean() ? "unknown" : "yes") : "yes";
				if (current == null) {
					return null;
				}
				answers.put(key, next);
				what = key + " " + current + " → " + next;
			}
			case 2 -> {
				Object current = answers.get("location_granularity");
				if (current == null || current.equals("individual")) {
					return null;
				}
				int index = GRANULARITY.indexOf(current);
				String finer = GRANULARITY.get(index + 1 + random.nextInt(GRANULARITY.size() - index - 1));
				answers.put("location_granularity", finer);
				what = "location " + current + " → " + finer;
			}
			case 5 -> {
				Object unit = answers.get("counted_unit");
				if (!"facilities".equals(unit) && !"other".equals(unit)) {
					return null;
				}
				String about = random.nextBoolean() ? "people" : "households";
				answers.put("counted_unit", about);
				what = "counting " + unit + " → " + about;
			}
			case 3 -> {
				if (!"aggregated".equals(answers.get("aggregation"))) {
					return null;
				}
				answers.put("aggregation", "record_level");
				what = "aggregated → record_level";
			}
			default -> {
				if (!(answers.get("smallest_count") instanceof BigDecimal count) || count.signum() == 0) {
					return null;
				}
				BigDecimal smaller = BigDecimal.valueOf(random.nextInt(count.intValue()));
				answers.put("smallest_count", smaller);
				what = "smallest count " + count + " → " + smaller;
			}
		}
		return new Change(new DatasetFacts(dataset.id(), answers), what);
	}

	private static Object reorder(Object value, Random random) {
		if (value instanceof Set<?> set) {
			List<Object> elements = new ArrayList<>(set);
			Collections.shuffle(elements, random);
			return elements;
		}
		return value;
	}

}
