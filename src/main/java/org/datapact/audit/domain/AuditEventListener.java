package org.datapact.audit.domain;

import org.datapact.shared.AuditEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every module's audit events, written inside the publisher's transaction just before it
 * commits (or at once when there is none). Appending last keeps the chain's lock, which
 * serialises all writers, held only from the entry to the commit instead of through the
 * rest of the publisher's work.
 */
@Component
class AuditEventListener {

	private final AuditLog log;

	AuditEventListener(AuditLog log) {
		this.log = log;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AuditEvent event) {
		this.log.append(event);
	}

}
