package org.datapact.security.domain;

import java.time.Instant;

public record LoginHistoryEntry(Instant occurredAt, String address, String userAgent, boolean success) {

}
