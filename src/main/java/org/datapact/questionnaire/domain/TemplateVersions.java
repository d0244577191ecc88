package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.datapact.definition.DefinitionVersions;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;

import org.springframework.stereotype.Component;

/**
 * Questionnaire templates as versioned definitions: stored as JSON, titled in English.
 */
@Component
class TemplateVersions extends DefinitionVersions<TemplateDefinition, TemplateVersion> {

	static final String ENTITY = "QuestionnaireTemplate";

	TemplateVersions(TemplateVersionRepository versions, Clock clock) {
		super(versions, new Messages(ENTITY, "template", "template.draft.exists", "template.draft.fromDraft",
				"template.error.published"), clock);
	}

	@Override
	protected TemplateDefinition read(String json) {
		return TemplateJson.read(json);
	}

	@Override
	protected String write(TemplateDefinition template) {
		return TemplateJson.write(template);
	}

	@Override
	protected String key(TemplateDefinition template) {
		return template.key();
	}

	@Override
	protected String title(TemplateDefinition template) {
		String english = template.title().in(LocalizedText.FALLBACK);
		return (english.length() > TemplateDefinition.MAX_TITLE) ? english.substring(0, TemplateDefinition.MAX_TITLE)
				: english;
	}

	@Override
	protected List<Problem> problems(TemplateDefinition template) {
		return template.problems();
	}

	@Override
	protected TemplateVersion newDraft(String key, UUID basedOn, UUID by, Instant now) {
		return new TemplateVersion(key, basedOn, by, now);
	}

}
