package org.datapact.classification;

import java.util.Map;

import org.datapact.definition.LocalizedText;

/**
 * A rule whose condition held for a dataset: the level it imposes, why (in every
 * language), its reference, and the inputs that made it fire, keyed by attribute (the
 * project's country and contexts as {@code project.country} and
 * {@code project.contexts}); a {@code null} value means the question was unanswered.
 */
public record FiredRule(String ruleKey, Level level, LocalizedText description, LocalizedText explanation,
		String reference, Map<String, Object> inputs) {

}
