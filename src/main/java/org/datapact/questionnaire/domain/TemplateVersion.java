package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.datapact.definition.DefinitionVersion;

/**
 * One version of a questionnaire template: a draft being edited, or a published version.
 */
@Entity
@Table(name = "questionnaire_template")
@AttributeOverride(name = "definitionKey", column = @Column(name = "template_key", nullable = false))
class TemplateVersion extends DefinitionVersion {

	protected TemplateVersion() {
	}

	TemplateVersion(String templateKey, UUID basedOn, UUID by, Instant now) {
		super(templateKey, basedOn, by, now);
	}

	String templateKey() {
		return definitionKey();
	}

}
