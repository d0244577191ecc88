package org.datapact.organisation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.organisation.OrganisationKind;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	private String countryCode;

	@Column(nullable = false)
	private boolean active;

	/** Created by the demo profile, which refuses to start beside real organisations. */
	@Column(nullable = false)
	private boolean demo;

	@Version
	private Long version;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Organisation() {
	}

	Organisation(String name, OrganisationKind kind, String countryCode, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.kind = kind;
		this.countryCode = countryCode;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void update(String name, String countryCode, Instant now) {
		this.name = name;
		this.countryCode = countryCode;
		this.updatedAt = now;
	}

	void markDemo() {
		this.demo = true;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	void reactivate(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	OrganisationKind getKind() {
		return this.kind;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	boolean isActive() {
		return this.active;
	}

	Long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
