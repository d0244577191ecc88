package org.datapact.classification.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.datapact.classification.ProjectContext;

/**
 * Where a rule applies: only in projects in one of the countries (ISO 3166-1 alpha-2), if
 * any are listed, and only where one of the named contexts is in force, if any are
 * listed. An empty scope applies everywhere.
 */
public record Scope(List<String> countries, List<String> contexts) {

	public Scope {
		countries = (countries != null) ? Collections.unmodifiableList(new ArrayList<>(countries)) : List.of();
		contexts = (contexts != null) ? Collections.unmodifiableList(new ArrayList<>(contexts)) : List.of();
	}

	public static Scope everywhere() {
		return new Scope(List.of(), List.of());
	}

	public static Scope contexts(String... contexts) {
		return new Scope(List.of(), List.of(contexts));
	}

	public static Scope countries(String... countries) {
		return new Scope(List.of(countries), List.of());
	}

	@JsonIgnore
	public boolean isEverywhere() {
		return this.countries.isEmpty() && this.contexts.isEmpty();
	}

	public boolean appliesTo(ProjectContext project) {
		if (!this.countries.isEmpty() && (project.country() == null || !this.countries.contains(project.country()))) {
			return false;
		}
		if (this.contexts.isEmpty()) {
			return true;
		}
		for (String context : this.contexts) {
			if (project.contexts().contains(context)) {
				return true;
			}
		}
		return false;
	}

}
