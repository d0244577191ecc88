package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.ReviewItem;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classifications that need a scoper: results past their review-by date, projects a
 * change of context marked for re-assessment until a scoper classifies them again, and
 * datasets whose level no rule determined until a scoper confirms it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private final Projects projects;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewQueue(Projects projects, JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether a context change marked the project for re-assessment not yet settled. */
	public boolean markedForReassessment(UUID projectId) {
		return this.jdbc
			.sql("select count(*) from classification_reassessment where project_id = ? and cleared_at is null")
			.param(projectId)
			.query(Long.class)
			.single() > 0;
	}

	/** A scoper classified the project again: its re-assessment is settled. */
	@Transactional
	void settle(UUID projectId, UUID by) {
		this.jdbc.sql("""
				update classification_reassessment set cleared_at = ?, cleared_by = ?
				where project_id = ? and cleared_at is null""")
			.params(Timestamp.from(this.clock.instant()), by, projectId)
			.update();
	}

	/**
	 * For scopers and administrators: projects whose latest result is past its review-by
	 * date, marked for re-assessment, or has datasets waiting for a scoper to confirm a
	 * level no rule determined; overdue first, by review-by date. Empty for anyone else.
	 */
	public List<ReviewItem> needingAttention(CurrentUser viewer) {
		if (!viewer.worksAcrossOrganisations()) {
			return List.of();
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Set<UUID> marked = new HashSet<>(
				this.jdbc.sql("select distinct project_id from classification_reassessment where cleared_at is null")
					.query(UUID.class)
					.list());
		Map<UUID, Latest> latest = new HashMap<>();
		this.jdbc.sql("""
				select r.project_id, r.final_level, r.review_by,
				    (select count(*) from classification_dataset_result d
				     where d.run_id = r.id and d.needs_confirmation) as unconfirmed
				from (select distinct on (project_id) id, project_id, final_level, review_by from classification_run
				      order by project_id, evaluated_at desc, id desc) r""")
			.query((rs, n) -> new Latest(rs.getObject("project_id", UUID.class),
					Level.valueOf(rs.getString("final_level")), rs.getObject("review_by", LocalDate.class),
					rs.getInt("unconfirmed")))
			.list()
			.forEach((run) -> latest.put(run.projectId(), run));
		List<ReviewItem> items = new ArrayList<>();
		for (ProjectSummary project : this.projects.visibleTo(viewer)) {
			if (project.status() == ProjectStatus.CLOSED) {
				continue;
			}
			Latest run = latest.get(project.id());
			LocalDate reviewBy = (run != null) ? run.reviewBy() : null;
			boolean overdue = reviewBy != null && reviewBy.isBefore(today);
			boolean reassess = marked.contains(project.id());
			int unconfirmed = (run != null) ? run.unconfirmed() : 0;
			if (overdue || reassess || unconfirmed > 0) {
				items.add(new ReviewItem(project.id(), project.title(), (run != null) ? run.level() : null, reviewBy,
						overdue, reassess, unconfirmed));
			}
		}
		items.sort(Comparator.comparing(ReviewItem::overdue)
			.reversed()
			.thenComparing(ReviewItem::reviewBy, Comparator.nullsLast(Comparator.naturalOrder())));
		return items;
	}

	/**
	 * A project's latest result: its final level, review-by date, and how many datasets
	 * wait for a scoper to confirm their level.
	 */
	private record Latest(UUID projectId, Level level, LocalDate reviewBy, int unconfirmed) {
	}

}
