package org.datapact.security.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ApiTokenView(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active) {

}
