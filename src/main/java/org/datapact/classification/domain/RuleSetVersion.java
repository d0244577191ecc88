package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.datapact.definition.DefinitionVersion;

/**
 * One version of a classification rule set: a draft being edited, or a published version
 * that never changes again (the database refuses it too).
 */
@Entity
@Table(name = "classification_rule_set")
@AttributeOverride(name = "definitionKey", column = @Column(name = "rule_set_key", nullable = false))
@AttributeOverride(name = "title", column = @Column(name = "name", nullable = false))
class RuleSetVersion extends DefinitionVersion {

	protected RuleSetVersion() {
	}

	RuleSetVersion(String ruleSetKey, UUID basedOn, UUID by, Instant now) {
		super(ruleSetKey, basedOn, by, now);
	}

	String ruleSetKey() {
		return definitionKey();
	}

}
