package org.datapact.classification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.DefaultLevel;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.OverrideView;
import org.datapact.classification.RunSummary;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.classification.domain.ClassificationHistory;

/**
 * What the classification page shows, in the viewer's language: one card per dataset with
 * its levels, the rules that fired and the inputs that made them fire, the combinations,
 * its overrides and its history over the runs.
 */
record ClassificationPage(List<DatasetCard> datasets, List<CombinationRow> combinations) {

	static final String COUNTED_UNIT = "counted_unit";

	record DatasetCard(String id, String name, Level computedLevel, Level finalLevel, Level ownLevel,
			LocalDate reviewBy, boolean overridden, String overrideNote, List<RuleRow> rules,
			List<MembershipRow> combinations, OverrideView pending, List<OverrideView> overrides,
			List<HistoryRow> history, RuleRow defaultLevel, boolean needsConfirmation, boolean countedUnitUnknown) {

		public boolean raisedAbove() {
			return this.finalLevel.compareTo(this.computedLevel) > 0;
		}

		public boolean loweredBelow() {
			return this.finalLevel.compareTo(this.computedLevel) < 0;
		}

	}

	record RuleRow(String key, Level level, String description, String explanation, String reference,
			List<InputRow> inputs) {
	}

	record InputRow(String key, String value) {
	}

	/**
	 * A combination finding, numbered as its hub in the graph, with the names of the
	 * datasets involved.
	 */
	record CombinationRow(int number, String ruleKey, Level level, String description, String explanation,
			List<String> datasetNames, List<String> sharedLinkageKeys) {
	}

	/**
	 * A combination finding as one dataset's card shows it: how many other datasets are
	 * involved with it.
	 */
	record MembershipRow(int number, Level level, String description, int others) {
	}

	record HistoryRow(Instant evaluatedAt, String trigger, String ruleSetId, int ruleSetVersion, Level computedLevel,
			Level finalLevel, String overrideNote) {
	}

	/**
	 * The page for the current run, with each dataset's levels in a page of runs
	 * ({@code history}, newest first, and their datasets' levels by run and dataset).
	 */
	static ClassificationPage of(StoredClassification current, List<RunSummary> history,
			Map<UUID, Map<String, ClassificationHistory.DatasetLevels>> levels, List<OverrideView> overrides,
			Locale locale) {
		Map<String, String> names = new HashMap<>();
		current.datasets().forEach((d) -> names.put(d.datasetId(), (d.name() != null) ? d.name() : d.datasetId()));
		List<CombinationRow> combinations = new ArrayList<>();
		Map<String, CombinationRow> byRule = new HashMap<>();
		for (CombinationFinding finding : current.combinations()) {
			CombinationRow row = combination(combinations.size() + 1, finding, names, locale);
			combinations.add(row);
			byRule.put(row.ruleKey(), row);
		}
		List<DatasetCard> cards = new ArrayList<>();
		for (StoredDataset dataset : current.datasets()) {
			List<RuleRow> rules = dataset.firedRules().stream().map((rule) -> rule(rule, locale)).toList();
			List<MembershipRow> memberships = dataset.combinations()
				.stream()
				.map((membership) -> byRule.get(membership.ruleKey()))
				.filter(java.util.Objects::nonNull)
				.map((row) -> new MembershipRow(row.number(), row.level(), row.description(),
						row.datasetNames().size() - 1))
				.toList();
			List<OverrideView> own = overrides.stream()
				.filter((o) -> o.datasetId().equals(dataset.datasetId()))
				.toList();
			OverrideView pending = own.stream()
				.filter((o) -> o.status() == OverrideStatus.PENDING)
				.findFirst()
				.orElse(null);
			List<HistoryRow> rows = new ArrayList<>();
			for (RunSummary run : history) {
				ClassificationHistory.DatasetLevels d = levels.getOrDefault(run.runId(), Map.of())
					.get(dataset.datasetId());
				if (d != null) {
					rows.add(new HistoryRow(run.evaluatedAt(), run.trigger().key(), run.ruleSetId(),
							run.ruleSetVersion(), d.computedLevel(), d.finalLevel(), d.overrideNote()));
				}
			}
			cards.add(new DatasetCard(dataset.datasetId(), names.get(dataset.datasetId()), dataset.computedLevel(),
					dataset.finalLevel(), dataset.ownLevel(), dataset.reviewBy(),
					dataset.overridden() && dataset.overrideNote() == null, dataset.overrideNote(), rules, memberships,
					pending, own, rows, defaultLevel(dataset, locale), dataset.needsConfirmation(),
					countedUnitUnknown(dataset)));
		}
		return new ClassificationPage(cards, combinations);
	}

	/**
	 * Whether a rule on small counts took the count for people because the questionnaire
	 * does not say what the dataset counts (answered before the question was asked).
	 */
	private static boolean countedUnitUnknown(StoredDataset dataset) {
		return dataset.firedRules()
			.stream()
			.anyMatch((rule) -> rule.inputs().containsKey(COUNTED_UNIT) && rule.inputs().get(COUNTED_UNIT) == null);
	}

	/** The rule set's default level as the card explains it, when no rule fired. */
	private static RuleRow defaultLevel(StoredDataset dataset, Locale locale) {
		DefaultLevel level = dataset.defaultLevel();
		return (level != null) ? new RuleRow(null, level.level(), level.description().in(locale),
				level.explanation().in(locale), level.reference(), List.of()) : null;
	}

	private static RuleRow rule(FiredRule rule, Locale locale) {
		List<InputRow> inputs = new ArrayList<>();
		rule.inputs().forEach((key, value) -> inputs.add(new InputRow(key, format(value))));
		return new RuleRow(rule.ruleKey(), rule.level(), rule.description().in(locale), rule.explanation().in(locale),
				rule.reference(), inputs);
	}

	private static CombinationRow combination(int number, CombinationFinding finding, Map<String, String> names,
			Locale locale) {
		List<String> involved = finding.datasetIds().stream().map((id) -> names.getOrDefault(id, id)).toList();
		return new CombinationRow(number, finding.ruleKey(), finding.level(), finding.description().in(locale),
				finding.explanation().in(locale), involved, finding.sharedLinkageKeys());
	}

	/** An input as text; {@code null} (unanswered) stays null for the page to say so. */
	static String format(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

}
