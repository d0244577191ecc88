package org.datapact.security.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record LoginHistoryEntry(Instant occurredAt, @Nullable String address, @Nullable String userAgent,
		boolean success) {

}
