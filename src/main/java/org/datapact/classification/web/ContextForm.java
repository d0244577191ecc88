package org.datapact.classification.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An administrator's declaration of a change of context. */
record ContextForm(String country, String contextKey, String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo) {

	static ContextForm empty(LocalDate today) {
		return new ContextForm("", "", "", today, null);
	}

}
