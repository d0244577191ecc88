package org.datapact.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;

/**
 * Randomly answered datasets and project contexts for property tests and benchmarks;
 * reproducible from the {@link Random}'s seed.
 */
public final class RandomDatasets {

	static final List<String> CONTEXTS = List.of("active_conflict", "drought", "election", "persecution");

	private RandomDatasets() {
	}

	/** A country (or none, one time in five) and each context with probability ⅓. */
	public static ProjectContext project(Random random) {
		Set<String> contexts = new TreeSet<>();
		for (String context : CONTEXTS) {
			if (random.nextInt(3) == 0) {
				contexts.add(context);
			}
		}
		String country = List.of("KE", "ML", "NG", "SS").get(random.nextInt(4));
		return ProjectContext.of((random.nextInt(5) == 0) ? null : country, contexts);
	}

	public static List<DatasetFacts> datasets(Random random, int count) {
		List<DatasetFacts> datasets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			datasets.add(new DatasetFacts("ds-" + i, answers(random)));
		}
		return datasets;
	}

	/** Each question of the contract answered with probability ⅔, dates as a period. */
	public static Map<String, Object> answers(Random random) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Attribute attribute : AttributeCatalog.datasetInventory().attributes()) {
			if (random.nextInt(3) == 0) {
				continue;
			}
			switch (attribute.type()) {
				case TEXT -> answers.put(attribute.key(), "text " + random.nextInt(100));
				case CHOICE, YNU ->
					answers.put(attribute.key(), attribute.options().get(random.nextInt(attribute.options().size())));
				case MULTI -> answers.put(attribute.key(), options(random, attribute));
				case NUMBER -> answers.put(attribute.key(), BigDecimal.valueOf(random.nextInt(12)));
				case DATE -> {
				}
			}
		}
		if (random.nextBoolean()) {
			LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200));
			answers.put("collection_start", start);
			answers.put("collection_end", start.plusDays(random.nextInt(120)));
		}
		return answers;
	}

	/**
	 * Datasets of a project where combination rules have work to do: about half per site
	 * with feelings of safety, armed actors or at-risk groups, a third record-level with
	 * household or individual keys.
	 */
	public static List<DatasetFacts> linkableDatasets(Random random, int count) {
		List<DatasetFacts> datasets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> answers = answers(random);
			int kind = random.nextInt(6);
			if (kind < 3) {
				answers.put("location_granularity", "site");
				answers.put("aggregation", "aggregated");
				answers.put("topics",
						Set.of(List.of("perceived_safety", "armed_actors", "humanitarian_needs").get(kind)));
				answers.put("linkage_keys", Set.of("site_id"));
				if (kind == 2) {
					answers.put("vulnerable_groups", Set.of("unaccompanied_separated_children"));
				}
			}
			else if (kind < 5) {
				answers.put("aggregation", "record_level");
				answers.put("linkage_keys", Set.of((kind == 3) ? "household_id" : "individual_id"));
				answers.remove("direct_identifiers");
			}
			datasets.add(new DatasetFacts("ds-" + i, answers));
		}
		return datasets;
	}

	private static Set<String> options(Random random, Attribute attribute) {
		if (random.nextInt(5) == 0) {
			return Set.of(Attribute.NONE);
		}
		Set<String> chosen = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		List<String> real = attribute.options().stream().filter((o) -> !o.equals(Attribute.NONE)).toList();
		for (int i = 0; i < count; i++) {
			chosen.add(real.get(random.nextInt(real.size())));
		}
		return chosen;
	}

}
