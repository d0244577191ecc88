package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.datapact.classification.domain.ReassessmentMark.Clearance;
import org.datapact.classification.domain.ReassessmentMark.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where re-assessment marks are kept; marks are cleared through {@link ReassessmentMark}.
 */
@Repository
class Reassessments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Reassessments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void mark(UUID projectId, UUID contextId, Reason reason) {
		this.jdbc.sql("""
				insert into classification_reassessment (id, project_id, context_id, marked_at, reason)
				values (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), projectId, contextId, Timestamp.from(this.clock.instant()), reason.name())
			.update();
	}

	/** The project's open marks, locked until the transaction ends. */
	List<ReassessmentMark> open(UUID projectId) {
		return this.jdbc.sql("""
				select id, project_id, context_id, reason from classification_reassessment
				where project_id = ? and cleared_at is null order by marked_at, id for update""")
			.param(projectId)
			.query((rs, n) -> new ReassessmentMark(rs.getObject("id", UUID.class),
					rs.getObject("project_id", UUID.class), rs.getObject("context_id", UUID.class),
					Reason.valueOf(rs.getString("reason")), null, null, null, null))
			.list();
	}

	/** Clears every open mark of the project in the same way; returns how many. */
	int clearAll(UUID projectId, Clearance how, UUID by, String note) {
		Instant now = this.clock.instant();
		List<ReassessmentMark> marks = open(projectId);
		for (ReassessmentMark mark : marks) {
			mark.clear(how, by, note, now);
			save(mark);
		}
		return marks.size();
	}

	/** Clears the project's open marks made by the context; returns how many. */
	int clearOfContext(UUID projectId, UUID contextId, Clearance how) {
		Instant now = this.clock.instant();
		int cleared = 0;
		for (ReassessmentMark mark : open(projectId)) {
			if (contextId.equals(mark.contextId())) {
				mark.clear(how, null, null, now);
				save(mark);
				cleared++;
			}
		}
		return cleared;
	}

	private void save(ReassessmentMark mark) {
		this.jdbc.sql("""
				update classification_reassessment set cleared_at = ?, cleared_by = ?, clear_reason = ?, clear_note = ?
				where id = ?""")
			.params(Timestamp.from(mark.clearedAt()), mark.clearedBy(), mark.clearance().name(), mark.note(), mark.id())
			.update();
	}

}
