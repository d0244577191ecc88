package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a classification rule set: a draft being edited, or a published version
 * that never changes again (the database refuses it too).
 */
@Entity
@Table(name = "classification_rule_set")
class RuleSetVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String ruleSetKey;

	private Integer version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RuleSetStatus status;

	@Column(nullable = false)
	private String name;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String definition;

	private UUID basedOn;

	private UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	private UUID updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	private UUID publishedBy;

	private Instant publishedAt;

	private String publishReason;

	@Version
	private Long lockVersion;

	protected RuleSetVersion() {
	}

	private RuleSetVersion(RuleSet ruleSet, UUID basedOn, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.ruleSetKey = ruleSet.id();
		this.status = RuleSetStatus.DRAFT;
		this.basedOn = basedOn;
		this.createdBy = by;
		this.createdAt = now;
		write(ruleSet, by, now);
	}

	static RuleSetVersion draft(RuleSet ruleSet, UUID basedOn, UUID by, Instant now) {
		return new RuleSetVersion(ruleSet, basedOn, by, now);
	}

	/** Replaces the draft's rules; the rule set keeps its id. */
	void edit(RuleSet ruleSet, UUID by, Instant now) {
		requireDraft();
		if (!ruleSet.id().equals(this.ruleSetKey)) {
			throw new IllegalArgumentException("A draft keeps its rule set id");
		}
		write(ruleSet, by, now);
	}

	/**
	 * Publishes the draft as the given version number; its definition is rewritten to
	 * carry that number, so results name it.
	 */
	void publish(RuleSet ruleSet, int number, UUID by, Instant now, String reason) {
		requireDraft();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Publishing needs a reason");
		}
		write(withVersion(ruleSet, number), by, now);
		this.status = RuleSetStatus.PUBLISHED;
		this.version = number;
		this.publishedBy = by;
		this.publishedAt = now;
		this.publishReason = reason.strip();
	}

	static RuleSet withVersion(RuleSet ruleSet, int number) {
		return ruleSet.withVersion(number);
	}

	boolean isDraft() {
		return this.status == RuleSetStatus.DRAFT;
	}

	private void requireDraft() {
		if (!isDraft()) {
			throw new RuleSetNotEditableException();
		}
	}

	private void write(RuleSet ruleSet, UUID by, Instant now) {
		this.name = ruleSet.name().in(java.util.Locale.ENGLISH);
		if (this.name.isBlank()) {
			this.name = ruleSet.id();
		}
		this.definition = RuleSetJson.write(ruleSet);
		this.updatedBy = by;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String ruleSetKey() {
		return this.ruleSetKey;
	}

	Integer version() {
		return this.version;
	}

	RuleSetStatus status() {
		return this.status;
	}

	String name() {
		return this.name;
	}

	String definition() {
		return this.definition;
	}

	UUID basedOn() {
		return this.basedOn;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	UUID publishedBy() {
		return this.publishedBy;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	String publishReason() {
		return this.publishReason;
	}

	long lockVersion() {
		return (this.lockVersion != null) ? this.lockVersion : 0;
	}

}
