package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.datapact.definition.DefinitionVersion;

/** One version of a plan template: a draft being edited, or a published version. */
@Entity
@Table(name = "plan_template")
@AttributeOverride(name = "definitionKey", column = @Column(name = "template_key", nullable = false))
class PlanTemplateVersion extends DefinitionVersion {

	protected PlanTemplateVersion() {
	}

	PlanTemplateVersion(String templateKey, UUID basedOn, UUID by, Instant now) {
		super(templateKey, basedOn, by, now);
	}

}
