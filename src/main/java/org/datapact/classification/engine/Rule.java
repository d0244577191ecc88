package org.datapact.classification.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.datapact.classification.Level;
import org.datapact.definition.LocalizedText;

/**
 * A rule about one dataset: when its condition holds (and the project is in its scope),
 * the dataset is at least at the rule's level, and users see the explanation and the
 * reference (e.g. "IOM Table A: Secret"). The key is stable across rule set versions.
 */
@JsonPropertyOrder({ "key", "level", "description", "scope", "condition", "explanation", "reference" })
public record Rule(String key, LocalizedText description, Level level, Scope scope, Condition condition,
		LocalizedText explanation, String reference) {

	public Rule {
		scope = (scope != null) ? scope : Scope.everywhere();
	}

}
