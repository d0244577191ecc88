package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.datapact.shared.crypto.Encrypted;

/**
 * What the outgoing focal point passes on to the successor: ongoing agreements and data
 * flows, open issues, notes, and a checklist that the outgoing person or an administrator
 * completes.
 */
@Entity
@Table(name = "focal_point_handover")
class Handover {

	/** The standard checklist, after IOM's guidance on focal point turnover. */
	static final List<String> CHECKLIST = List.of("counterpartsInformed", "collaborationHistory", "agreements",
			"systemAccess", "openIssues");

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID outgoingId;

	@Column(nullable = false)
	private UUID incomingId;

	@Convert(converter = Encrypted.class)
	private String agreements;

	@Convert(converter = Encrypted.class)
	private String openIssues;

	@Convert(converter = Encrypted.class)
	private String notes;

	private UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "handover_id", nullable = false)
	@OrderBy("position")
	private List<HandoverItem> items = new ArrayList<>();

	protected Handover() {
	}

	Handover(UUID outgoingId, UUID incomingId, String agreements, String openIssues, String notes, UUID createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.outgoingId = outgoingId;
		this.incomingId = incomingId;
		this.agreements = agreements;
		this.openIssues = openIssues;
		this.notes = notes;
		this.createdBy = createdBy;
		this.createdAt = now;
		for (int i = 0; i < CHECKLIST.size(); i++) {
			this.items.add(new HandoverItem(i, CHECKLIST.get(i)));
		}
	}

	/** Marks a checklist item done; returns false when it was done already. */
	boolean complete(UUID itemId, UUID by, Instant now) {
		HandoverItem item = this.items.stream()
			.filter((i) -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No such checklist item"));
		return item.complete(by, now);
	}

	void complete(String key, UUID by, Instant now) {
		this.items.stream().filter((i) -> i.getKey().equals(key)).forEach((i) -> i.complete(by, now));
	}

	UUID getId() {
		return this.id;
	}

	UUID getOutgoingId() {
		return this.outgoingId;
	}

	UUID getIncomingId() {
		return this.incomingId;
	}

	HandoverView view() {
		return new HandoverView(this.id, this.agreements, this.openIssues, this.notes, this.createdBy, this.createdAt,
				this.items.stream().map(HandoverItem::view).toList());
	}

}
