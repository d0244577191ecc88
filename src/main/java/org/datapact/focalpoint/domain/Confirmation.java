package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use, expiring link that lets a focal point confirm their details without an
 * account.
 */
@Entity
@Table(name = "focal_point_confirmation")
class Confirmation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID focalPointId;

	@Column(nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant usedAt;

	private Instant revokedAt;

	protected Confirmation() {
	}

	Confirmation(UUID focalPointId, String tokenHash, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.focalPointId = focalPointId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/** Neither spent, nor replaced by a newer link, nor expired. */
	boolean isUsable(Instant now) {
		return this.usedAt == null && this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	UUID getFocalPointId() {
		return this.focalPointId;
	}

}
