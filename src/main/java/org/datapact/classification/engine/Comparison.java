package org.datapact.classification.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a number is compared with a threshold. */
public enum Comparison {

	@JsonProperty("lt")
	LT,

	@JsonProperty("le")
	LE,

	@JsonProperty("eq")
	EQ,

	@JsonProperty("ge")
	GE,

	@JsonProperty("gt")
	GT;

	boolean holds(int comparison) {
		return switch (this) {
			case LT -> comparison < 0;
			case LE -> comparison <= 0;
			case EQ -> comparison == 0;
			case GE -> comparison >= 0;
			case GT -> comparison > 0;
		};
	}

}
