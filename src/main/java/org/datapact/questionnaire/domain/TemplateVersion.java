package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a questionnaire template: a draft being edited, or a published version.
 */
@Entity
@Table(name = "questionnaire_template")
class TemplateVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String templateKey;

	private Integer version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TemplateStatus status;

	@Column(nullable = false)
	private String title;

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

	@Version
	private Long lockVersion;

	protected TemplateVersion() {
	}

	private TemplateVersion(TemplateDefinition template, UUID basedOn, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.templateKey = template.key();
		this.status = TemplateStatus.DRAFT;
		this.basedOn = basedOn;
		this.createdBy = by;
		this.createdAt = now;
		write(template, by, now);
	}

	static TemplateVersion draft(TemplateDefinition template, UUID basedOn, UUID by, Instant now) {
		return new TemplateVersion(template, basedOn, by, now);
	}

	void edit(TemplateDefinition template, UUID by, Instant now) {
		requireDraft();
		if (!template.key().equals(this.templateKey)) {
			throw new IllegalArgumentException("A draft keeps its template key");
		}
		write(template, by, now);
	}

	void publish(int number, UUID by, Instant now) {
		requireDraft();
		this.status = TemplateStatus.PUBLISHED;
		this.version = number;
		this.publishedBy = by;
		this.publishedAt = now;
	}

	void requireDraft() {
		if (this.status != TemplateStatus.DRAFT) {
			throw new TemplateNotEditableException();
		}
	}

	private void write(TemplateDefinition template, UUID by, Instant now) {
		String english = template.title().in(LocalizedText.FALLBACK);
		this.title = (english.length() > TemplateDefinition.MAX_TITLE)
				? english.substring(0, TemplateDefinition.MAX_TITLE) : english;
		this.definition = TemplateJson.write(template);
		this.updatedBy = by;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String templateKey() {
		return this.templateKey;
	}

	Integer version() {
		return this.version;
	}

	TemplateStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String definition() {
		return this.definition;
	}

	UUID basedOn() {
		return this.basedOn;
	}

	UUID updatedBy() {
		return this.updatedBy;
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

	long lockVersion() {
		return (this.lockVersion != null) ? this.lockVersion : 0;
	}

}
