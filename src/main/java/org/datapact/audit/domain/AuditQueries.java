package org.datapact.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the audit log for administrators: filtered pages and a full verification of the
 * chain.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	private static final int VERIFY_BATCH = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditKeys keys;

	AuditQueries(JdbcClient jdbc, Clock clock, AuditKeys keys) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
	}

	/**
	 * A page of the entries that pass the filter, newest first; page and size are brought
	 * into range.
	 */
	public ListPage<AuditEntry> find(AuditFilter filter, int page, int size) {
		return find(filter, new PageQuery(Math.min(Math.max(0, page), PageQuery.MAX_PAGE),
				Math.max(1, Math.min(size, PageQuery.MAX_SIZE)), null, true));
	}

	/** A page of the entries that pass the filter, newest first (the chain's order). */
	public ListPage<AuditEntry> find(AuditFilter filter, PageQuery query) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.userId() != null) {
			conditions.add("actor_id = ?");
			params.add(filter.userId());
		}
		if (filter.organisationId() != null) {
			conditions.add("organisation_id = ?");
			params.add(filter.organisationId());
		}
		if (StringUtils.hasText(filter.entityType())) {
			conditions.add("entity_type = ?");
			params.add(filter.entityType().strip());
		}
		if (StringUtils.hasText(filter.entityId())) {
			conditions.add("entity_id = ?");
			params.add(filter.entityId().strip());
		}
		if (StringUtils.hasText(filter.action())) {
			conditions.add("action = ?");
			params.add(filter.action().strip());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from audit_entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add(query.offset());
		List<AuditEntry> entries = this.jdbc
			.sql("select * from audit_entry" + where + " order by seq desc limit ? offset ?")
			.params(pageParams)
			.query(AuditQueries::entry)
			.list();
		return query.of(entries, total);
	}

	public AuditVerification verify() {
		return verify(null);
	}

	/**
	 * Re-computes the whole chain, and checks a saved checkpoint against it when one is
	 * given. Every entry after the first keyed one must be keyed, under a configured key.
	 */
	public AuditVerification verify(AuditCheckpoint checkpoint) {
		long checked = 0;
		long expectedSeq = 1;
		String previousHash = AuditHashes.GENESIS;
		boolean keyed = false;
		Long broken = null;
		while (broken == null) {
			List<AuditEntry> batch = this.jdbc
				.sql("select * from audit_entry where seq >= ? order by seq limit " + VERIFY_BATCH)
				.param(expectedSeq)
				.query(AuditQueries::entry)
				.list();
			for (AuditEntry entry : batch) {
				boolean linked = entry.seq() == expectedSeq && entry.previousHash().equals(previousHash);
				boolean sealed = !(keyed && entry.keyId() == null)
						&& AuditHashes.expected(entry, this.keys).map(entry.hash()::equals).orElse(false);
				if (!linked || !sealed) {
					broken = entry.seq();
					break;
				}
				keyed = keyed || entry.keyId() != null;
				checked++;
				expectedSeq = entry.seq() + 1;
				previousHash = entry.hash();
			}
			if (batch.size() < VERIFY_BATCH) {
				break;
			}
		}
		long lastSeq = this.jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
		AuditVerification.CheckpointCheck against = (checkpoint != null) ? check(checkpoint, lastSeq) : null;
		boolean intact = broken == null && (against == null || against.holds());
		return new AuditVerification(intact, checked, broken, this.clock.instant(), against);
	}

	/** The head of the chain now, signed. */
	public AuditCheckpoint checkpoint() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		AuditCheckpoint head = this.jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((rs, n) -> new AuditCheckpoint(rs.getLong("seq"), rs.getString("hash"), now, null, null))
			.optional()
			.orElse(new AuditCheckpoint(0, AuditHashes.GENESIS, now, null, null));
		return new AuditCheckpoint(head.seq(), head.hash(), now, this.keys.activeKeyId(),
				this.keys.mac(AuditCheckpoint.signed(head.seq(), head.hash(), now)));
	}

	private AuditVerification.CheckpointCheck check(AuditCheckpoint checkpoint, long lastSeq) {
		boolean signed = checkpoint.keyId() != null && checkpoint.hash() != null && checkpoint.createdAt() != null
				&& this.keys
					.mac(checkpoint.keyId(),
							AuditCheckpoint.signed(checkpoint.seq(), checkpoint.hash(), checkpoint.createdAt()))
					.map((mac) -> mac.equals(checkpoint.signature()))
					.orElse(false);
		long missing = Math.max(0, checkpoint.seq() - lastSeq);
		boolean matches = (checkpoint.seq() == 0) ? AuditHashes.GENESIS.equals(checkpoint.hash())
				: this.jdbc.sql("select hash from audit_entry where seq = ?")
					.param(checkpoint.seq())
					.query(String.class)
					.optional()
					.map((hash) -> hash.equals(checkpoint.hash()))
					.orElse(false);
		return new AuditVerification.CheckpointCheck(checkpoint.seq(), signed, matches, missing);
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_label"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("organisation_id", UUID.class),
				rs.getString("address"), rs.getString("outcome"), rs.getString("details"),
				rs.getString("previous_hash"), rs.getString("hash"), rs.getString("key_id"));
	}

}
