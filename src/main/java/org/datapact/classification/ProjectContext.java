package org.datapact.classification;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the engine knows about the project beyond its datasets: its country (ISO 3166-1
 * alpha-2, e.g. {@code KE}; may be unknown) and the named contexts in force for that
 * country (e.g. {@code active_conflict}). The id and title only label results.
 */
public record ProjectContext(UUID projectId, String title, String country, Set<String> contexts) {

	public ProjectContext {
		country = (country == null || country.isBlank()) ? null : country.strip().toUpperCase(Locale.ROOT);
		contexts = (contexts != null) ? Collections.unmodifiableSet(new TreeSet<>(contexts)) : Set.of();
	}

	public static ProjectContext of(String country, Set<String> contexts) {
		return new ProjectContext(null, null, country, contexts);
	}

	public static ProjectContext none() {
		return new ProjectContext(null, null, null, Set.of());
	}

}
