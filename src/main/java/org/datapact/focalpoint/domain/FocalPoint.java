package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.crypto.Encrypted;

/**
 * One person's holding of a focal point role from a date, until a successor takes over.
 * Contact details are encrypted at rest and removed when the person is erased.
 */
@Entity
@Table(name = "focal_point")
class FocalPoint {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FocalPointRole role;

	@Convert(converter = Encrypted.class)
	private String name;

	@Convert(converter = Encrypted.class)
	private String title;

	@Convert(converter = Encrypted.class)
	private String mobile;

	@Convert(converter = Encrypted.class)
	private String email;

	@Convert(converter = Encrypted.class)
	private String alternativePhone;

	private String workingLanguage;

	private UUID userId;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	private LocalDate effectiveUntil;

	private Instant confirmedAt;

	private Instant erasedAt;

	private UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected FocalPoint() {
	}

	FocalPoint(UUID organisationId, FocalPointRole role, ContactDetails details, LocalDate effectiveFrom,
			UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.role = role;
		apply(details);
		this.effectiveFrom = effectiveFrom;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void correct(ContactDetails details, Instant now) {
		if (isErased()) {
			throw new IllegalStateException("An erased focal point cannot be changed");
		}
		apply(details);
		this.updatedAt = now;
	}

	/** The holding ends when the successor starts. */
	void handOverOn(LocalDate successorStart, Instant now) {
		if (this.effectiveUntil != null) {
			throw new IllegalStateException("This holding already ends");
		}
		if (successorStart.isBefore(this.effectiveFrom)) {
			throw new IllegalStateException("A successor cannot start before the current holder");
		}
		this.effectiveUntil = successorStart;
		this.updatedAt = now;
	}

	void keepOn(Instant now) {
		this.effectiveUntil = null;
		this.updatedAt = now;
	}

	void confirm(Instant now) {
		this.confirmedAt = now;
		this.updatedAt = now;
	}

	void erase(LocalDate today, Instant now) {
		if (!hasEndedOn(today)) {
			throw new IllegalStateException("Only someone who has left can be erased");
		}
		this.name = null;
		this.title = null;
		this.mobile = null;
		this.email = null;
		this.alternativePhone = null;
		this.userId = null;
		this.erasedAt = now;
		this.updatedAt = now;
	}

	boolean isCurrentOn(LocalDate day) {
		return !this.effectiveFrom.isAfter(day) && (this.effectiveUntil == null || this.effectiveUntil.isAfter(day));
	}

	boolean isFutureOn(LocalDate day) {
		return this.effectiveFrom.isAfter(day);
	}

	boolean hasEndedOn(LocalDate day) {
		return this.effectiveUntil != null && !this.effectiveUntil.isAfter(day);
	}

	boolean isErased() {
		return this.erasedAt != null;
	}

	ContactDetails details() {
		return new ContactDetails(this.name, this.title, this.mobile, this.email, this.alternativePhone,
				this.workingLanguage, this.userId);
	}

	private void apply(ContactDetails details) {
		this.name = details.name();
		this.title = details.title();
		this.mobile = details.mobile();
		this.email = details.email();
		this.alternativePhone = details.alternativePhone();
		this.workingLanguage = details.workingLanguage();
		this.userId = details.userId();
	}

	UUID getId() {
		return this.id;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	FocalPointRole getRole() {
		return this.role;
	}

	LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	LocalDate getEffectiveUntil() {
		return this.effectiveUntil;
	}

	Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	Instant getErasedAt() {
		return this.erasedAt;
	}

	UUID getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Long getVersion() {
		return this.version;
	}

	String getEmail() {
		return this.email;
	}

	String getWorkingLanguage() {
		return this.workingLanguage;
	}

	UUID getUserId() {
		return this.userId;
	}

}
