package org.datapact.classification.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.Level;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the classification of many projects stands, for the project pipeline, in one
 * statement for any number of projects: the latest run's level and review-by date,
 * whether a change of context marked the project for re-assessment, and whether an
 * override waits for a second person.
 */
@Component
@Transactional(readOnly = true)
public class ClassificationStageFacts {

	private final JdbcClient jdbc;

	ClassificationStageFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By project id; a project never classified is left out. */
	public Map<UUID, Facts> of(Collection<UUID> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Facts> facts = new HashMap<>();
		this.jdbc.sql("""
				select p.project_id, r.final_level, r.review_by,
				       exists (select 1 from classification_reassessment a
				               where a.project_id = p.project_id and a.cleared_at is null) as marked,
				       exists (select 1 from classification_override o
				               where o.project_id = p.project_id and o.status = 'PENDING') as pending
				from unnest(cast(:projects as uuid[])) as p (project_id)
				join lateral (select final_level, review_by from classification_run r
				              where r.project_id = p.project_id
				              order by r.evaluated_at desc, r.id desc limit 1) r on true""")
			.param("projects", List.copyOf(projectIds).toArray(UUID[]::new))
			.query((rs) -> {
				facts.put(rs.getObject("project_id", UUID.class), new Facts(Level.valueOf(rs.getString("final_level")),
						rs.getObject("review_by", LocalDate.class), rs.getBoolean("marked"), rs.getBoolean("pending")));
			});
		return facts;
	}

	/** The latest run's final level and review-by date, and what waits. */
	public record Facts(Level level, LocalDate reviewBy, boolean markedForReassessment, boolean overridePending) {

		public boolean overdueOn(LocalDate today) {
			return this.reviewBy.isBefore(today);
		}

	}

}
