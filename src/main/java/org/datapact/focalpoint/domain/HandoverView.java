package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record HandoverView(UUID id, @Nullable String agreements, @Nullable String openIssues, @Nullable String notes,
		@Nullable UUID createdBy, Instant createdAt, List<Item> items) {

	public boolean complete() {
		return this.items.stream().allMatch(Item::done);
	}

	public record Item(UUID id, String key, @Nullable Instant doneAt, @Nullable UUID doneBy) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

}
