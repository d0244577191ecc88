package org.datapact.questionnaire.domain;

import java.math.BigDecimal;

import org.datapact.definition.LocalizedText;

/** Bounds and unit of a number question; any part may be absent. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record NumberRange(BigDecimal min, BigDecimal max, boolean integer, LocalizedText unit) {

	public static final NumberRange ANY = new NumberRange(null, null, false, LocalizedText.EMPTY);

	public NumberRange {
		unit = (unit != null) ? unit : LocalizedText.EMPTY;
	}

	public boolean allows(BigDecimal value) {
		return (this.min == null || value.compareTo(this.min) >= 0)
				&& (this.max == null || value.compareTo(this.max) <= 0);
	}

}
