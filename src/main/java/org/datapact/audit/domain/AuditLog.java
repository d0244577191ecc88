package org.datapact.audit.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.web.ClientAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit log. Writers are serialised by a transaction-scoped
 * advisory lock, so two concurrent entries can never claim the same predecessor and the
 * chain never forks. An entry joins the caller's transaction: the change and its record
 * commit or roll back together.
 */
@Service
public class AuditLog {

	/** Arbitrary constant naming the advisory lock that guards the chain's head. */
	private static final long CHAIN_LOCK = 0x4441_5441_5041_4354L;

	private static final int MAX_DETAILS = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Appends in the caller's transaction, or in a new one when there is none. A
	 * read-only caller is refused: auditing a read needs a read-write transaction,
	 * because a second transaction would hold a second pooled connection per request and
	 * starve the pool under load.
	 */
	public void append(AuditEvent event) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException(
					"Audit " + event.action() + " from a read-write transaction, not a read-only one");
		}
		String address = ClientAddress.current();
		this.transactions.executeWithoutResult((status) -> write(event, address));
	}

	private void write(AuditEvent event, String address) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		Head head = this.jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Head(0, AuditHashes.GENESIS));
		long seq = head.seq() + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String details = truncate(event.details());
		String hash = AuditHashes.hash(seq, now, event.actorId(), event.action(), event.entityType(), event.entityId(),
				event.organisationId(), address, event.outcome().name(), details, head.hash());
		this.jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id,
				  organisation_id, address, outcome, details, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(seq, Timestamp.from(now), event.actorId(), event.actorLabel(), event.action(), event.entityType(),
					event.entityId(), event.organisationId(), address, event.outcome().name(), details, head.hash(),
					hash)
			.update();
	}

	private static String truncate(String details) {
		return (details == null || details.length() <= MAX_DETAILS) ? details : details.substring(0, MAX_DETAILS);
	}

	private record Head(long seq, String hash) {
	}

}
