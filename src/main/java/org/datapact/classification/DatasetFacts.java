package org.datapact.classification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dataset as the questionnaire describes it: an id unique within the project, and its
 * answers keyed by the stable question keys of the dataset inventory (see
 * {@code dataset-keys.md}): text as {@code String}, a choice as its option key, several
 * choices as a collection of option keys, yes/no/unknown as {@code "yes"}, {@code "no"}
 * or {@code "unknown"}, a number as {@code BigDecimal} (any {@code Number} is accepted),
 * a date as {@code LocalDate} (or an ISO {@code yyyy-MM-dd} string). An unanswered
 * question is absent (a {@code null} value counts as absent).
 */
public record DatasetFacts(String id, Map<String, Object> attributes) {

	public DatasetFacts {
		attributes = (attributes != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(attributes)) : Map.of();
	}

	/** The dataset's name answer, if any. */
	public String name() {
		Object name = this.attributes.get("name");
		return (name instanceof String text) ? text : null;
	}

}
