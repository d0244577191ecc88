package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "focal_point_handover_item")
class HandoverItem {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(name = "item_key", nullable = false)
	private String key;

	private Instant doneAt;

	private UUID doneBy;

	protected HandoverItem() {
	}

	HandoverItem(int position, String key) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.key = key;
	}

	boolean complete(UUID by, Instant now) {
		if (this.doneAt != null) {
			return false;
		}
		this.doneAt = now;
		this.doneBy = by;
		return true;
	}

	UUID getId() {
		return this.id;
	}

	String getKey() {
		return this.key;
	}

	HandoverView.Item view() {
		return new HandoverView.Item(this.id, this.key, this.doneAt, this.doneBy);
	}

}
