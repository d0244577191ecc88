package org.datapact.classification.engine;

import java.util.List;

/**
 * One question of the dataset inventory: its stable key, type and, for option types, its
 * option keys in the questionnaire's order.
 */
public record Attribute(String key, AttributeType type, List<String> options) {

	/** The option meaning "none of these"; it cannot be combined with other options. */
	public static final String NONE = "none";

	public Attribute {
		options = List.copyOf(options);
	}

	public boolean hasOption(String option) {
		return this.options.contains(option);
	}

}
