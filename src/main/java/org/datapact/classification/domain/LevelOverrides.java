package org.datapact.classification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.domain.LevelOverride.Decision;
import org.datapact.classification.domain.LevelOverride.Request;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * Where {@link LevelOverride}s are kept ({@code classification_override}). A change is
 * written back only over the version it was read at.
 */
@Repository
class LevelOverrides {

	private static final String COLUMNS = """
			id, project_id, organisation_id, dataset_id, dataset_name, computed_level, requested_level,
			justification, status, requested_by, requested_at, decided_by, decided_at, decision_note, version""";

	private static final Decision NONE = new Decision(null, null, null);

	private final JdbcClient jdbc;

	LevelOverrides(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(LevelOverride override) {
		Request request = override.request();
		Decision decision = (override.decision() != null) ? override.decision() : NONE;
		this.jdbc
			.sql("insert into classification_override (" + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.id(), request.projectId(), request.organisationId(), request.datasetId(),
					request.datasetName(), request.computedLevel().name(), request.requestedLevel().name(),
					request.justification(), override.status().name(), request.requestedBy(),
					Timestamp.from(request.requestedAt()), decision.by(), timestamp(decision.at()), decision.note(),
					override.version())
			.update();
	}

	/**
	 * Writes back a change's state and decision.
	 * @throws ObjectOptimisticLockingFailureException when it changed since it was read
	 */
	void update(LevelOverride override) {
		Decision decision = (override.decision() != null) ? override.decision() : NONE;
		int updated = this.jdbc.sql("""
				update classification_override set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
				    version = version + 1
				where id = ? and version = ?""")
			.params(override.status().name(), decision.by(), timestamp(decision.at()), decision.note(),
					override.request().id(), override.version())
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException(LevelOverride.class, override.request().id());
		}
	}

	/** A change of the project, locked until the transaction ends. */
	Optional<LevelOverride> lock(UUID projectId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from classification_override where id = ? and project_id = ?" + " for update")
			.params(id, projectId)
			.query(LevelOverrides::read)
			.optional();
	}

	/**
	 * The pending and active changes of the project, locked until the transaction ends.
	 */
	List<LevelOverride> standing(UUID projectId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from classification_override where project_id = ?"
					+ " and status in (?, ?) order by requested_at, id for update")
			.params(projectId, OverrideStatus.PENDING.name(), OverrideStatus.ACTIVE.name())
			.query(LevelOverrides::read)
			.list();
	}

	/** Every change of the project, newest first. */
	List<LevelOverride> all(UUID projectId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from classification_override where project_id = ?"
					+ " order by requested_at desc, id")
			.param(projectId)
			.query(LevelOverrides::read)
			.list();
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static LevelOverride read(ResultSet rs, int row) throws SQLException {
		Request request = new Request(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getString("dataset_id"), rs.getString("dataset_name"),
				Level.valueOf(rs.getString("computed_level")), Level.valueOf(rs.getString("requested_level")),
				rs.getString("justification"), rs.getObject("requested_by", UUID.class),
				rs.getTimestamp("requested_at").toInstant());
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		Decision decision = (decidedAt != null) ? new Decision(rs.getObject("decided_by", UUID.class),
				decidedAt.toInstant(), rs.getString("decision_note")) : null;
		return new LevelOverride(request, OverrideStatus.valueOf(rs.getString("status")), decision,
				rs.getLong("version"));
	}

}
