package org.datapact.classification.engine;

import java.util.List;
import java.util.Map;

import org.datapact.definition.LocalizedText;

/**
 * One question of the dataset inventory: its stable key, type and, for option types, its
 * option keys in the questionnaire's order, with each option's label as it reads inside
 * an explanation (e.g. "site" in "counts per site"); an option without a label shows as
 * its key.
 */
public record Attribute(String key, AttributeType type, List<String> options, Map<String, LocalizedText> labels) {

	/** The option meaning "none of these"; it cannot be combined with other options. */
	public static final String NONE = "none";

	public Attribute {
		options = List.copyOf(options);
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
	}

	public Attribute(String key, AttributeType type, List<String> options) {
		this(key, type, options, Map.of());
	}

	public boolean hasOption(String option) {
		return this.options.contains(option);
	}

	/** The option's label in the language, else its English label, else its key. */
	public String label(String option, String language) {
		LocalizedText label = this.labels.get(option);
		String text = (label != null) ? label.in(java.util.Locale.forLanguageTag(language)) : "";
		return text.isEmpty() ? option : text;
	}

}
