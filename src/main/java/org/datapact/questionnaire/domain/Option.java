package org.datapact.questionnaire.domain;

import org.datapact.definition.LocalizedText;

/** One answer a choice question offers: a stable key read by the rules, and its label. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record Option(String key, LocalizedText label) {

	public Option {
		label = (label != null) ? label : LocalizedText.EMPTY;
	}

}
