package org.datapact.security.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "login_event")
class LoginEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false)
	private Instant occurredAt;

	private String address;

	private String userAgent;

	@Column(nullable = false)
	private boolean success;

	protected LoginEvent() {
	}

	LoginEvent(UUID userId, Instant occurredAt, String address, String userAgent, boolean success) {
		this.userId = userId;
		this.occurredAt = occurredAt;
		this.address = address;
		this.userAgent = userAgent;
		this.success = success;
	}

	LoginHistoryEntry view() {
		return new LoginHistoryEntry(this.occurredAt, this.address, this.userAgent, this.success);
	}

}
