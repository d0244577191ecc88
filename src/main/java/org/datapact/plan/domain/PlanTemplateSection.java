package org.datapact.plan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.datapact.definition.LocalizedText;

/**
 * One section of a plan template: its stable key, title and guidance in every language,
 * what its generated part is made from, whether the plan needs it filled before review,
 * and whether it is restricted to people who acknowledged the approved plan (issue 12).
 * When a plan is made, the section's text starts from {@code starter}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanTemplateSection(String key, LocalizedText title, LocalizedText guidance, Prefill prefill,
		boolean required, boolean restricted, LocalizedText starter) {

	public PlanTemplateSection {
		title = (title != null) ? title : LocalizedText.EMPTY;
		guidance = (guidance != null) ? guidance : LocalizedText.EMPTY;
		prefill = (prefill != null) ? prefill : Prefill.NONE;
		starter = (starter != null) ? starter : LocalizedText.EMPTY;
	}

}
