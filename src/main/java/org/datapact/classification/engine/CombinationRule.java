package org.datapact.classification.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.datapact.classification.Level;
import org.datapact.definition.LocalizedText;

/**
 * A rule about two datasets of one project (sensitivity is relational): when one dataset
 * meets {@code one}, the other meets {@code other} (either way round), they are linkable
 * by {@code linkage} and, if given, {@code combined} holds over their answers taken
 * together, both datasets are at least at the rule's level.
 * <p>
 * Taken together, several-options answers are united (so identifiers split across the two
 * count together), and any other answer counts only where both datasets give the same.
 */
@JsonPropertyOrder({ "key", "level", "description", "scope", "linkage", "one", "other", "combined", "explanation",
		"reference" })
public record CombinationRule(String key, LocalizedText description, Level level, Scope scope, Linkage linkage,
		Condition one, Condition other, Condition combined, LocalizedText explanation, String reference) {

	public CombinationRule {
		scope = (scope != null) ? scope : Scope.everywhere();
	}

}
