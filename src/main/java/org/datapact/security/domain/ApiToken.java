package org.datapact.security.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, unique = true)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TokenScope scope;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UUID userId, String name, TokenScope scope, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.scope = scope;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	UUID getId() {
		return this.id;
	}

	UUID getUserId() {
		return this.userId;
	}

	TokenScope getScope() {
		return this.scope;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	ApiTokenView view(Instant now) {
		return new ApiTokenView(this.id, this.name, this.scope, this.createdAt, this.expiresAt, this.lastUsedAt,
				this.revokedAt, isUsable(now));
	}

}
