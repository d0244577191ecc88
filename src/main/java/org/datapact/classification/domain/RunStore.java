package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where classification runs are kept: one row per run with the full evaluation as JSON,
 * and one row per dataset with its computed and final level. Runs are never changed.
 */
@Repository
class RunStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(StoredClassification run, UUID organisationId, ProjectEvaluation evaluation) {
		this.jdbc.sql("""
				insert into classification_run (id, project_id, organisation_id, rule_set_id, rule_set_version,
				    questionnaire_revision, trigger, actor_id, evaluated_at, computed_level, final_level, review_by,
				    country, contexts, evaluation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(run.runId(), run.projectId(), organisationId, run.ruleSetId(), run.ruleSetVersion(),
					run.questionnaireRevision(), run.trigger().key(), run.actorId(), Timestamp.from(run.evaluatedAt()),
					run.computedLevel().name(), run.projectLevel().name(), run.reviewBy(), run.country(),
					String.join(",", new TreeSet<>(run.contexts())), JSON.writeValueAsString(evaluation))
			.update();
		int position = 0;
		for (StoredDataset dataset : run.datasets()) {
			this.jdbc.sql("""
					insert into classification_dataset_result (run_id, dataset_id, position, name, computed_level,
					    final_level, override_id, override_note, review_by, needs_confirmation)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(run.runId(), dataset.datasetId(), position++, dataset.name(), dataset.computedLevel().name(),
						dataset.finalLevel().name(), dataset.overrideId(), dataset.overrideNote(), dataset.reviewBy(),
						dataset.needsConfirmation())
				.update();
		}
	}

	/** The latest run of the project, if any. */
	Optional<StoredClassification> latest(UUID projectId) {
		return this.jdbc
			.sql("select id from classification_run where project_id = ? order by evaluated_at desc, id desc limit 1")
			.param(projectId)
			.query(UUID.class)
			.optional()
			.map(this::load);
	}

	/** One stored run in full. */
	StoredClassification load(UUID runId) {
		return this.jdbc.sql("""
				select project_id, rule_set_id, rule_set_version, questionnaire_revision, trigger, actor_id,
				    evaluated_at, computed_level, final_level, country, contexts, evaluation::text as evaluation,
				    greatest(review_by, (select max(v.next_review_by) from classification_review v
				                         where v.run_id = r.id)) as review_by
				from classification_run r where id = ?""").param(runId).query((rs, row) -> {
			ProjectEvaluation evaluation = JSON.readValue(rs.getString("evaluation"), ProjectEvaluation.class);
			Map<String, DatasetClassification> byId = new HashMap<>();
			evaluation.datasets().forEach((d) -> byId.put(d.datasetId(), d));
			List<StoredDataset> datasets = datasets(runId, byId);
			String contexts = rs.getString("contexts");
			Set<String> named = contexts.isEmpty() ? Set.of() : new TreeSet<>(List.of(contexts.split(",")));
			return new StoredClassification(runId, rs.getObject("project_id", UUID.class), rs.getString("rule_set_id"),
					rs.getInt("rule_set_version"), rs.getInt("questionnaire_revision"),
					Level.valueOf(rs.getString("computed_level")), Level.valueOf(rs.getString("final_level")), datasets,
					evaluation.combinations(), rs.getObject("review_by", LocalDate.class),
					rs.getTimestamp("evaluated_at").toInstant(), RunTrigger.of(rs.getString("trigger")),
					rs.getObject("actor_id", UUID.class), rs.getString("country"), named);
		}).single();
	}

	private List<StoredDataset> datasets(UUID runId, Map<String, DatasetClassification> evaluated) {
		return this.jdbc.sql("""
				select dataset_id, name, computed_level, final_level, override_id, override_note, review_by,
				    needs_confirmation
				from classification_dataset_result where run_id = ? order by position""")
			.param(runId)
			.query((rs, row) -> {
				String id = rs.getString("dataset_id");
				DatasetClassification dataset = evaluated.get(id);
				Level computed = Level.valueOf(rs.getString("computed_level"));
				return new StoredDataset(id, rs.getString("name"), computed, Level.valueOf(rs.getString("final_level")),
						(dataset != null) ? dataset.ownLevel() : computed,
						(dataset != null) ? dataset.firedRules() : List.of(),
						(dataset != null) ? dataset.combinations() : List.of(),
						(dataset != null) ? dataset.defaultLevel() : null, rs.getObject("override_id", UUID.class),
						rs.getString("override_note"), rs.getObject("review_by", LocalDate.class),
						rs.getBoolean("needs_confirmation"));
			})
			.list();
	}

}
