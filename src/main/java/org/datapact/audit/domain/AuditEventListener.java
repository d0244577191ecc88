package org.datapact.audit.domain;

import org.datapact.shared.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every module's audit events, written synchronously inside the publisher's transaction.
 */
@Component
class AuditEventListener {

	private final AuditLog log;

	AuditEventListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditEvent event) {
		this.log.append(event);
	}

}
