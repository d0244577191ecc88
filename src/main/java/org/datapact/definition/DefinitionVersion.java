package org.datapact.definition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a definition: a draft being edited, or a published version that never
 * changes again (a database trigger refuses it too). Each kind of definition maps it to a
 * table of its own, naming the key and title columns with {@code @AttributeOverride}; the
 * content is JSON. Only {@link DefinitionVersions} changes a version.
 */
@MappedSuperclass
public abstract class DefinitionVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String definitionKey;

	private Integer version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DefinitionStatus status;

	/** The English title lists show. */
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

	private String publishReason;

	@Version
	private Long lockVersion;

	protected DefinitionVersion() {
	}

	/** A new draft of the definition with the key, made from another version or none. */
	protected DefinitionVersion(String key, UUID basedOn, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.definitionKey = key;
		this.status = DefinitionStatus.DRAFT;
		this.basedOn = basedOn;
		this.createdBy = by;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void write(String title, String json, UUID by, Instant now) {
		requireDraft();
		this.title = title;
		this.definition = json;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void publish(int number, UUID by, Instant now, String reason) {
		requireDraft();
		this.status = DefinitionStatus.PUBLISHED;
		this.version = number;
		this.publishedBy = by;
		this.publishedAt = now;
		this.publishReason = (reason != null && !reason.isBlank()) ? reason.strip() : null;
	}

	private void requireDraft() {
		if (!isDraft()) {
			throw new IllegalStateException("A published version never changes");
		}
	}

	public boolean isDraft() {
		return this.status == DefinitionStatus.DRAFT;
	}

	public UUID id() {
		return this.id;
	}

	public String definitionKey() {
		return this.definitionKey;
	}

	/** The version number; null for a draft. */
	public Integer version() {
		return this.version;
	}

	public DefinitionStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/** The content as JSON. */
	public String definition() {
		return this.definition;
	}

	public UUID basedOn() {
		return this.basedOn;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public UUID publishedBy() {
		return this.publishedBy;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public String publishReason() {
		return this.publishReason;
	}

	public long lockVersion() {
		return (this.lockVersion != null) ? this.lockVersion : 0;
	}

}
