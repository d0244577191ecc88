package org.datapact.classification.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.Level;
import org.datapact.classification.RunSummary;
import org.datapact.classification.StoredClassification;
import org.datapact.project.Projects;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stored classification runs: listed a page at a time from their summary
 * columns, and read in full one at a time, so that a project with a thousand runs costs
 * what one with a single run does.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationHistory {

	private final Projects projects;

	private final RunStore runs;

	private final JdbcClient jdbc;

	ClassificationHistory(Projects projects, RunStore runs, JdbcClient jdbc) {
		this.projects = projects;
		this.runs = runs;
		this.jdbc = jdbc;
	}

	/** One page of the project's runs, newest first, when the viewer may see it. */
	public ListPage<RunSummary> runs(UUID projectId, CurrentUser viewer, PageQuery query) {
		this.projects.find(projectId, viewer);
		List<Row> rows = this.jdbc.sql("""
				select id, evaluated_at, trigger, actor_id, rule_set_id, rule_set_version, questionnaire_revision,
				       computed_level, final_level, review_by, count(*) over () as total
				from classification_run where project_id = :project
				order by evaluated_at desc, id desc limit :limit offset :offset""")
			.param("project", projectId)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new Row(
					new RunSummary(rs.getObject("id", UUID.class), rs.getTimestamp("evaluated_at").toInstant(),
							RunTrigger.of(rs.getString("trigger")), rs.getObject("actor_id", UUID.class),
							rs.getString("rule_set_id"), rs.getInt("rule_set_version"),
							rs.getInt("questionnaire_revision"), Level.valueOf(rs.getString("computed_level")),
							Level.valueOf(rs.getString("final_level")), rs.getObject("review_by", LocalDate.class)),
					rs.getLong("total")))
			.list();
		long total = !rows.isEmpty() ? rows.get(0).total()
				: this.jdbc.sql("select count(*) from classification_run where project_id = ?")
					.param(projectId)
					.query(Long.class)
					.single();
		return query.of(rows.stream().map(Row::summary).toList(), total);
	}

	/**
	 * One run in full, when it is the project's and the viewer may see the project;
	 * otherwise {@link NotFoundException}, the same for both.
	 */
	public StoredClassification run(UUID projectId, UUID runId, CurrentUser viewer) {
		this.projects.find(projectId, viewer);
		boolean ours = this.jdbc.sql("select count(*) from classification_run where id = ? and project_id = ?")
			.params(runId, projectId)
			.query(Long.class)
			.single() > 0;
		if (!ours) {
			throw new NotFoundException("ClassificationRun", runId);
		}
		return this.runs.load(runId);
	}

	/**
	 * Each dataset's levels in the given runs, by run and dataset id, in one statement:
	 * what the history beside a dataset shows for a page of runs.
	 */
	public Map<UUID, Map<String, DatasetLevels>> datasetLevels(Collection<UUID> runIds) {
		Map<UUID, Map<String, DatasetLevels>> levels = new HashMap<>();
		if (runIds.isEmpty()) {
			return levels;
		}
		this.jdbc.sql("""
				select run_id, dataset_id, computed_level, final_level, override_note
				from classification_dataset_result where run_id in (:runs)""")
			.param("runs", List.copyOf(runIds))
			.query((rs) -> {
				levels.computeIfAbsent(rs.getObject("run_id", UUID.class), (id) -> new HashMap<>())
					.put(rs.getString("dataset_id"), new DatasetLevels(Level.valueOf(rs.getString("computed_level")),
							Level.valueOf(rs.getString("final_level")), rs.getString("override_note")));
			});
		return levels;
	}

	/** A dataset's levels in one run, and the note about its override, if any. */
	public record DatasetLevels(Level computedLevel, Level finalLevel, String overrideNote) {
	}

	private record Row(RunSummary summary, long total) {
	}

}
