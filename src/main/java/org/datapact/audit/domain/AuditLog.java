package org.datapact.audit.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.web.ClientAddress;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit log. Writers are serialised by a transaction-scoped
 * advisory lock, taken together with reading the chain's head (see
 * {@code V9__audit_chain_head.sql}), so two concurrent entries can never claim the same
 * predecessor and the chain never forks. An entry joins the caller's transaction: the
 * change and its record commit or roll back together.
 */
@Service
public class AuditLog {

	/** Arbitrary constant naming the advisory lock that guards the chain's head. */
	private static final long CHAIN_LOCK = 0x4441_5441_5041_4354L;

	private static final int MAX_DETAILS = 2000;

	private static final String INSERT = """
			insert into audit_entry (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id,
			  organisation_id, address, outcome, details, previous_hash, hash)
			select head.seq, :at, :actor, :label, :action, :entityType, :entityId, :organisation, :address,
			  :outcome, :details, head.previous,
			  encode(sha256(convert_to(length(head.seq::text) || ':' || head.seq || '|', 'UTF8') || :body
			    || convert_to('64:' || head.previous || '|', 'UTF8')), 'hex')
			from (select coalesce(seq, 0) + 1 as seq, coalesce(hash, :genesis) as previous
			      from audit_chain_head(:lock)) head
			""";

	private final NamedParameterJdbcOperations jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AuditLog(NamedParameterJdbcOperations jdbc, Clock clock, PlatformTransactionManager transactions) {
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

	/**
	 * Appends several entries in order, in the caller's transaction (or a new one), in
	 * one round trip to the database: a page that shows many sensitive records audits
	 * each of them at the cost of one.
	 */
	public void appendAll(List<AuditEvent> events) {
		if (events.size() == 1) {
			append(events.get(0));
			return;
		}
		if (events.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException(
					"Audit " + events.get(0).action() + " from a read-write transaction, not a read-only one");
		}
		String address = ClientAddress.current();
		this.transactions.executeWithoutResult((status) -> this.jdbc.batchUpdate(INSERT,
				events.stream().map((event) -> parameters(event, address)).toArray(SqlParameterSource[]::new)));
	}

	/**
	 * One statement: {@code audit_chain_head} takes the chain's lock and reads its head,
	 * and the database completes the hash with the new sequence number and the previous
	 * hash, so the lock is held from this statement to the commit and no longer. Entries
	 * of a batch run one after the other, each reading the head the previous one wrote.
	 */
	private void write(AuditEvent event, String address) {
		this.jdbc.update(INSERT, parameters(event, address));
	}

	private SqlParameterSource parameters(AuditEvent event, String address) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String details = truncate(event.details());
		byte[] body = AuditHashes
			.body(now, event.actorId(), event.action(), event.entityType(), event.entityId(), event.organisationId(),
					address, event.outcome().name(), details)
			.getBytes(StandardCharsets.UTF_8);
		return new MapSqlParameterSource().addValue("at", Timestamp.from(now))
			.addValue("actor", event.actorId())
			.addValue("label", event.actorLabel())
			.addValue("action", event.action())
			.addValue("entityType", event.entityType())
			.addValue("entityId", event.entityId())
			.addValue("organisation", event.organisationId())
			.addValue("address", address)
			.addValue("outcome", event.outcome().name())
			.addValue("details", details)
			.addValue("body", body)
			.addValue("genesis", AuditHashes.GENESIS)
			.addValue("lock", CHAIN_LOCK);
	}

	private static String truncate(String details) {
		return (details == null || details.length() <= MAX_DETAILS) ? details : details.substring(0, MAX_DETAILS);
	}

}
