package org.datapact.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.datapact.definition.DefinitionVersions;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;

import org.springframework.stereotype.Component;

/** Plan templates as versioned definitions: stored as JSON, titled in English. */
@Component
class PlanTemplateVersions extends DefinitionVersions<PlanTemplateDefinition, PlanTemplateVersion> {

	static final String ENTITY = "PlanTemplate";

	/** The key of the template new plans start from. */
	static final String DEFAULT_KEY = "data_management_plan";

	PlanTemplateVersions(PlanTemplateVersionRepository versions, Clock clock) {
		super(versions, new Messages(ENTITY, "template", "plan.template.draft.exists", "plan.template.draft.fromDraft",
				"plan.template.error.published"), clock);
	}

	@Override
	protected PlanTemplateDefinition read(String json) {
		return PlanTemplateJson.read(json);
	}

	@Override
	protected String write(PlanTemplateDefinition template) {
		return PlanTemplateJson.write(template);
	}

	@Override
	protected String key(PlanTemplateDefinition template) {
		return template.key();
	}

	@Override
	protected String title(PlanTemplateDefinition template) {
		String english = template.title().in(LocalizedText.FALLBACK);
		return (english.length() > PlanTemplateDefinition.MAX_TITLE)
				? english.substring(0, PlanTemplateDefinition.MAX_TITLE) : english;
	}

	@Override
	protected List<Problem> problems(PlanTemplateDefinition template) {
		return template.problems();
	}

	@Override
	protected PlanTemplateVersion newDraft(String key, UUID basedOn, UUID by, Instant now) {
		return new PlanTemplateVersion(key, basedOn, by, now);
	}

}
