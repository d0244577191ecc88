package org.datapact.classification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.AttributeType;
import org.datapact.definition.Problem;
import org.datapact.shared.Countries;

import org.springframework.util.MultiValueMap;

/**
 * The test bench's form: up to {@value #MAX_SAMPLES} sample datasets, each answer named
 * {@code d<sample>.<attribute>}, a country and named contexts. Unreadable answers are
 * problems, each with its message key and arguments.
 */
record BenchForm(int samples, Values values) {

	static final int MAX_SAMPLES = 10;

	static BenchForm empty() {
		return new BenchForm(1, new Values(Map.of()));
	}

	static BenchForm read(MultiValueMap<String, String> params) {
		int count = Math.max(1, Math.min(MAX_SAMPLES, count(params.getFirst("samples"))));
		Map<String, List<String>> values = new LinkedHashMap<>();
		params
			.forEach((name, list) -> values.put(name, list.stream().filter((v) -> v != null && !v.isBlank()).toList()));
		return new BenchForm(count, new Values(values));
	}

	private static int count(String count) {
		try {
			return (count != null) ? Integer.parseInt(count.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** The form with one more sample, up to the most there may be. */
	BenchForm withAnotherSample() {
		return new BenchForm(Math.min(MAX_SAMPLES, this.samples + 1), this.values);
	}

	/** The samples' answers, as the rules read them; unreadable numbers are problems. */
	List<DatasetFacts> datasets(List<Problem> problems) {
		List<DatasetFacts> datasets = new ArrayList<>();
		for (int d = 0; d < this.samples; d++) {
			Map<String, Object> answers = new LinkedHashMap<>();
			for (Attribute attribute : AttributeCatalog.datasetInventory().attributes()) {
				String field = "d" + d + "." + attribute.key();
				List<String> given = this.values.all(field);
				if (given.isEmpty()) {
					continue;
				}
				if (attribute.type() == AttributeType.MULTI) {
					answers.put(attribute.key(), given);
				}
				else if (attribute.type() == AttributeType.NUMBER) {
					try {
						answers.put(attribute.key(), new BigDecimal(given.get(0).strip()));
					}
					catch (NumberFormatException ex) {
						problems.add(Problem.of(field, "classification.facts.expectedNumber", attribute.key()));
					}
				}
				else {
					answers.put(attribute.key(), given.get(0));
				}
			}
			datasets.add(new DatasetFacts("sample-" + (d + 1), answers));
		}
		return datasets;
	}

	/**
	 * The country and contexts the samples are classified in; an unknown country is a
	 * problem.
	 */
	ProjectContext context(List<Problem> problems) {
		String country = this.values.first("country");
		if (!country.isBlank() && !Countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
			problems.add(Problem.of("country", "classification.request.country"));
			country = null;
		}
		return new ProjectContext(null, null, country.isEmpty() ? null : country,
				Set.copyOf(ConditionRows.names(this.values.first("contexts"), false)));
	}

	/** The form's values by field name, blanks left out, to fill the form in again. */
	static final class Values {

		private final Map<String, List<String>> values;

		Values(Map<String, List<String>> values) {
			this.values = values;
		}

		List<String> all(String name) {
			return this.values.getOrDefault(name, List.of());
		}

		public String first(String name) {
			List<String> list = all(name);
			return list.isEmpty() ? "" : list.get(0);
		}

		public boolean has(String name, String value) {
			return all(name).contains(value);
		}

	}

}
