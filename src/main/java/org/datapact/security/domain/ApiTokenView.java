package org.datapact.security.domain;

import java.time.Instant;
import java.util.UUID;

public record ApiTokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, boolean active) {

}
