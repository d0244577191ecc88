package org.datapact.audit.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.web.ClientAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the keyed, hash-chained audit log. Writers are serialised by a
 * transaction-scoped advisory lock, taken together with reading the chain's head (see
 * {@code V9__audit_chain_head.sql}), so two concurrent entries can never claim the same
 * predecessor and the chain never forks. An entry joins the caller's transaction: the
 * change and its record commit or roll back together.
 */
@Service
public class AuditLog {

	/** Arbitrary constant naming the advisory lock that guards the chain's head. */
	private static final long CHAIN_LOCK = 0x4441_5441_5041_4354L;

	private static final int MAX_DETAILS = 2000;

	/** Bound to a transaction whose connection holds the chain's lock. */
	private static final Object CHAIN_LOCK_HELD = AuditLog.class.getName() + ".CHAIN_LOCK_HELD";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final IndependentConnections independent;

	private final AuditKeys keys;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, IndependentConnections independent,
			AuditKeys keys) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.independent = independent;
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
		this.transactions.executeWithoutResult((status) -> {
			write(this.jdbc, event, address);
			holdingChainLock();
		});
	}

	/**
	 * Appends several entries in order, in the caller's transaction (or a new one), at
	 * the cost of one: the chain's head is read once and the entries, each chained to the
	 * one before, are inserted in one statement. A page that shows many sensitive records
	 * audits each of them for the same number of statements as one.
	 */
	public void appendAll(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException(
					"Audit " + events.get(0).action() + " from a read-write transaction, not a read-only one");
		}
		String address = ClientAddress.current();
		this.transactions.executeWithoutResult((status) -> {
			writeAll(this.jdbc, events, address);
			holdingChainLock();
		});
	}

	/**
	 * Appends at once in a transaction of its own, committed before this returns, so that
	 * the caller's rollback keeps it (a refused action). Inside a caller's transaction it
	 * uses a connection of a small separate pool: taking a second connection of the
	 * caller's pool could wait forever once every connection is held by a caller doing
	 * the same. A caller whose transaction already holds the chain's lock gets the entry
	 * written as soon as that transaction ends, committed or not: before, another
	 * connection would wait for the lock forever.
	 */
	public void appendIndependently(AuditEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			append(event);
			return;
		}
		String address = ClientAddress.current();
		if (TransactionSynchronizationManager.hasResource(CHAIN_LOCK_HELD)) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					AuditLog.this.independent.inTransaction((jdbc) -> write(jdbc, event, address));
				}
			});
			return;
		}
		this.independent.inTransaction((jdbc) -> write(jdbc, event, address));
	}

	/**
	 * Marks the current transaction as holding the chain's lock until it completes (see
	 * {@link #appendIndependently}).
	 */
	private static void holdingChainLock() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(CHAIN_LOCK_HELD)) {
			TransactionSynchronizationManager.bindResource(CHAIN_LOCK_HELD, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_LOCK_HELD);
				}
			});
		}
	}

	private void write(JdbcClient jdbc, AuditEvent event, String address) {
		writeAll(jdbc, List.of(event), address);
	}

	/**
	 * Two statements whatever the number of entries: {@code audit_chain_head} takes the
	 * chain's lock and reads its head in one round trip, then the entries are inserted
	 * with their HMACs, computed here because the key never goes to the database, each
	 * chained to the one before. The lock is held from the first statement to the commit.
	 */
	private void writeAll(JdbcClient jdbc, List<AuditEvent> events, String address) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Head head = jdbc.sql("select seq, hash from audit_chain_head(?)")
			.param(CHAIN_LOCK)
			.query((rs, n) -> new Head((Long) rs.getObject("seq"), rs.getString("hash")))
			.single();
		long seq = (head.seq() != null) ? head.seq() : 0;
		String previous = (head.hash() != null) ? head.hash() : AuditHashes.GENESIS;
		String keyId = this.keys.activeKeyId();
		StringJoiner rows = new StringJoiner(", ");
		List<Object> values = new ArrayList<>();
		for (AuditEvent event : events) {
			seq++;
			String details = truncate(event.details());
			String hash = this.keys
				.mac(AuditHashes.payload(seq, now, event.actorId(), event.action(), event.entityType(),
						event.entityId(), event.organisationId(), address, event.outcome().name(), details, previous));
			rows.add("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			values.addAll(Arrays.asList(seq, Timestamp.from(now), event.actorId(), event.actorLabel(), event.action(),
					event.entityType(), event.entityId(), event.organisationId(), address, event.outcome().name(),
					details, previous, hash, keyId));
			previous = hash;
		}
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id,
				  organisation_id, address, outcome, details, previous_hash, hash, key_id)
				values """ + rows).params(values).update();
	}

	private record Head(Long seq, String hash) {
	}

	private static String truncate(String details) {
		return (details == null || details.length() <= MAX_DETAILS) ? details : details.substring(0, MAX_DETAILS);
	}

}
