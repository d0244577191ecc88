package org.datapact.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
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

	AuditQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		long checked = 0;
		long expectedSeq = 1;
		String previousHash = AuditHashes.GENESIS;
		while (true) {
			List<AuditEntry> batch = this.jdbc
				.sql("select * from audit_entry where seq >= ? order by seq limit " + VERIFY_BATCH)
				.param(expectedSeq)
				.query(AuditQueries::entry)
				.list();
			for (AuditEntry entry : batch) {
				boolean linked = entry.seq() == expectedSeq && entry.previousHash().equals(previousHash);
				if (!linked || !AuditHashes.hash(entry).equals(entry.hash())) {
					return new AuditVerification(false, checked, entry.seq(), this.clock.instant());
				}
				checked++;
				expectedSeq = entry.seq() + 1;
				previousHash = entry.hash();
			}
			if (batch.size() < VERIFY_BATCH) {
				return new AuditVerification(true, checked, null, this.clock.instant());
			}
		}
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_label"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("organisation_id", UUID.class),
				rs.getString("address"), rs.getString("outcome"), rs.getString("details"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

}
