package org.datapact.classification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.ReviewItem;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

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

	private final Reassessments reassessments;

	private final Clock clock;

	ReviewQueue(Projects projects, JdbcClient jdbc, Reassessments reassessments, Clock clock) {
		this.projects = projects;
		this.jdbc = jdbc;
		this.reassessments = reassessments;
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
		this.reassessments.clearAll(projectId, ReassessmentMark.Clearance.RERUN, by, null);
	}

	/**
	 * For scopers and administrators: one page of the open projects whose latest result
	 * is past its review-by date, marked for re-assessment, or has datasets waiting for a
	 * scoper to confirm a level no rule determined; overdue first, by review-by date.
	 * Empty for anyone else. Two statements whatever the number of projects: the
	 * candidates, then which of them are open, with their titles.
	 */
	public ListPage<ReviewItem> needingAttention(CurrentUser viewer, PageQuery query) {
		if (!viewer.worksAcrossOrganisations()) {
			return query.of(List.of(), 0);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<ReviewItem> candidates = this.jdbc.sql("""
				with latest as (
				  select distinct on (r.project_id) r.id, r.project_id, r.final_level,
				      greatest(r.review_by, (select max(v.next_review_by) from classification_review v
				                             where v.run_id = r.id)) as review_by
				  from classification_run r
				  order by r.project_id, r.evaluated_at desc, r.id desc),
				unconfirmed as (
				  select l.project_id, count(*) as datasets from latest l
				  join classification_dataset_result d on d.run_id = l.id and d.needs_confirmation
				  group by l.project_id),
				marked as (select distinct project_id from classification_reassessment where cleared_at is null)
				select coalesce(l.project_id, m.project_id) as project_id, l.final_level, l.review_by,
				       coalesce(l.review_by < :today, false) as overdue, m.project_id is not null as reassess,
				       coalesce(u.datasets, 0) as unconfirmed
				from latest l full join marked m on m.project_id = l.project_id
				left join unconfirmed u on u.project_id = l.project_id
				where l.review_by < :today or m.project_id is not null or u.datasets > 0""")
			.param("today", today)
			.query((rs, n) -> new ReviewItem(rs.getObject("project_id", UUID.class), null,
					(rs.getString("final_level") != null) ? Level.valueOf(rs.getString("final_level")) : null,
					rs.getObject("review_by", LocalDate.class), rs.getBoolean("overdue"), rs.getBoolean("reassess"),
					rs.getInt("unconfirmed")))
			.list();
		Map<UUID, ProjectSummary> open = this.projects
			.openAmong(candidates.stream().map(ReviewItem::projectId).toList());
		List<ReviewItem> items = candidates.stream()
			.filter((item) -> open.containsKey(item.projectId()))
			.map((item) -> new ReviewItem(item.projectId(), open.get(item.projectId()).title(), item.level(),
					item.reviewBy(), item.overdue(), item.reassessment(), item.unconfirmed()))
			.sorted(Comparator.comparing(ReviewItem::overdue)
				.reversed()
				.thenComparing(ReviewItem::reviewBy, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ReviewItem::projectTitle, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return query.slice(items);
	}

}
