package org.datapact.classification.engine;

/** The type of a dataset attribute, as the questionnaire's question types deliver it. */
public enum AttributeType {

	/** Free text ({@code String}). */
	TEXT,

	/** One option key ({@code String}). */
	CHOICE,

	/** Several option keys (a set of {@code String}). */
	MULTI,

	/** {@code yes}, {@code no} or {@code unknown}. */
	YNU,

	/** A number ({@code BigDecimal}). */
	NUMBER,

	/** A date ({@code LocalDate}). */
	DATE;

	/** Whether values are option keys (one or several). */
	public boolean hasOptions() {
		return this == CHOICE || this == MULTI || this == YNU;
	}

	/** Whether an answer is one option key. */
	public boolean isSingleOption() {
		return this == CHOICE || this == YNU;
	}

}
