package org.datapact.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Datasets for tests, written as key/value pairs in the contract's vocabulary: a
 * {@code String} for a choice or yes/no/unknown, a {@code Set} or {@code List} for
 * several options, an {@code Integer} for a number, a {@code LocalDate} for a date.
 */
public final class Datasets {

	private Datasets() {
	}

	public static DatasetFacts dataset(String id, Object... keyValues) {
		return new DatasetFacts(id, answers(keyValues));
	}

	public static Map<String, Object> answers(Object... keyValues) {
		if (keyValues.length % 2 != 0) {
			throw new IllegalArgumentException("Pairs of key and value expected");
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			Object value = keyValues[i + 1];
			if (value instanceof Integer number) {
				value = BigDecimal.valueOf(number);
			}
			answers.put((String) keyValues[i], value);
		}
		return answers;
	}

	public static Set<String> set(String... options) {
		return Set.of(options);
	}

	public static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	public static DatasetFacts with(DatasetFacts dataset, String key, Object value) {
		Map<String, Object> answers = new LinkedHashMap<>(dataset.attributes());
		answers.put(key, value);
		return new DatasetFacts(dataset.id(), answers);
	}

	public static List<DatasetFacts> list(DatasetFacts... datasets) {
		return List.of(datasets);
	}

}
