package org.datapact.classification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The named contexts declared in force for a country on a day: from the start date, and
 * before the end date (the first day a context no longer applies).
 */
@Component
class ContextDeclarations {

	private final JdbcClient jdbc;

	ContextDeclarations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> inForce(String country, LocalDate day) {
		if (country == null) {
			return Set.of();
		}
		List<String> keys = this.jdbc.sql("""
				select context_key from classification_context
				where country = ? and effective_from <= ? and (effective_to is null or effective_to > ?)""")
			.params(country, day, day)
			.query(String.class)
			.list();
		return new TreeSet<>(keys);
	}

}
