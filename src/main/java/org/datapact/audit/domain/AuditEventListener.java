package org.datapact.audit.domain;

import java.util.ArrayList;
import java.util.List;

import org.datapact.shared.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every module's audit events. Most are written inside the publisher's transaction just
 * before it commits (or at once when there is none): appending last keeps the chain's
 * lock, which serialises all writers, held only from the entries to the commit instead of
 * through the rest of the publisher's work, and the entries of one transaction are
 * written together, so that a page auditing each record it shows costs the same for one
 * record or a hundred. Refusals are written at once in a transaction of their own, so
 * that the refused action's rollback keeps them; noise is counted and sampled.
 */
@Component
class AuditEventListener {

	private final AuditLog log;

	private final AuditNoise noise;

	AuditEventListener(AuditLog log, AuditNoise noise) {
		this.log = log;
		this.noise = noise;
	}

	@EventListener
	void on(AuditEvent event) {
		if (event.delivery() == AuditEvent.Delivery.INDEPENDENT) {
			this.log.appendIndependently(event);
		}
		else if (event.delivery() == AuditEvent.Delivery.SAMPLED) {
			this.noise.record(event);
		}
		else if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			this.log.append(event);
		}
		else {
			pending().add(event);
		}
	}

	/**
	 * The current transaction's entries to write. Kept in its synchronization, which
	 * Spring suspends with the transaction, so that an inner transaction of its own keeps
	 * its own entries.
	 */
	private Pending pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending) {
				return pending;
			}
		}
		Pending pending = new Pending(this.log);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/** Entries waiting for their transaction to commit. */
	private static final class Pending implements TransactionSynchronization {

		private final AuditLog log;

		private final List<AuditEvent> events = new ArrayList<>();

		private boolean written;

		Pending(AuditLog log) {
			this.log = log;
		}

		void add(AuditEvent event) {
			if (this.written) {
				// published while the transaction commits, after the others were written
				this.log.append(event);
			}
			else {
				this.events.add(event);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.written = true;
			this.log.appendAll(List.copyOf(this.events));
		}

		@Override
		public int getOrder() {
			// after every other step of the commit that may still publish an entry
			return LOWEST_PRECEDENCE;
		}

	}

}
