package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record HandoverView(UUID id, String agreements, String openIssues, String notes, UUID createdBy,
		Instant createdAt, List<Item> items) {

	public boolean complete() {
		return this.items.stream().allMatch(Item::done);
	}

	public record Item(UUID id, String key, Instant doneAt, UUID doneBy) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

}
