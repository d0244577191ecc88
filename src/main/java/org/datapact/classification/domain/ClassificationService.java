package org.datapact.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.datapact.classification.DatasetClassification;
import org.datapact.classification.DatasetClassified;
import org.datapact.classification.DatasetFacts;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.questionnaire.Questionnaires;
import org.datapact.questionnaire.Questionnaires.DatasetInventory;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored classification results: runs the rule set in force on a project's latest
 * submitted dataset inventory and its context, keeps every run (rule set version,
 * computed and final levels, fired rules with their inputs, combinations, review-by
 * date), and applies the standing overrides. The system methods ({@link #inputs},
 * {@link #current}, {@link #classify}, {@link #classifiableProjects}) check no viewer;
 * the others check that the viewer may see the project (another organisation's answers
 * 404).
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService {

	static final String ENTITY = "Classification";

	/** The system's label in the audit log. */
	static final String SYSTEM = "system";

	static final String NEEDS_RECONFIRMATION = "override_needs_reconfirmation";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClassificationService.class);

	private final org.springframework.beans.factory.ObjectProvider<ClassificationService> self;

	private final RuleSets ruleSets;

	private final Projects projects;

	private final Questionnaires questionnaires;

	private final ContextDeclarations contexts;

	private final ReviewPeriods reviewPeriods;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClassificationService(RuleSets ruleSets, Projects projects, Questionnaires questionnaires,
			ContextDeclarations contexts, ReviewPeriods reviewPeriods, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<ClassificationService> self) {
		this.self = self;
		this.ruleSets = ruleSets;
		this.projects = projects;
		this.questionnaires = questionnaires;
		this.contexts = contexts;
		this.reviewPeriods = reviewPeriods;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What the engine gets for a project; empty when nothing was submitted yet. */
	public record ProjectInputs(UUID projectId, ProjectContext context, List<DatasetFacts> datasets) {
	}

	/**
	 * The project's context (country, the named contexts in force there today) and its
	 * datasets from the latest submitted questionnaire revision; empty when there is no
	 * such project or nothing was submitted. Answers to keys outside the dataset
	 * inventory are left out; a dataset's id is its questionnaire entry id.
	 */
	public Optional<ProjectInputs> inputs(UUID projectId) {
		Optional<ProjectSummary> project = this.projects.get(projectId);
		if (project.isEmpty()) {
			return Optional.empty();
		}
		return this.questionnaires.datasets(projectId)
			.map((inventory) -> new ProjectInputs(projectId, context(project.get()), facts(inventory)));
	}

	/** The latest stored run of the project, if any. No viewer check. */
	public Optional<StoredClassification> current(UUID projectId) {
		return this.jdbc
			.sql("select id from classification_run where project_id = ? "
					+ "order by evaluated_at desc, id desc limit 1")
			.param(projectId)
			.query(UUID.class)
			.optional()
			.map(this::load);
	}

	/**
	 * Evaluates the project with the rule set in force, stores a new run with the
	 * standing overrides applied, and publishes a {@link DatasetClassified} per dataset
	 * and an audit entry. No viewer check (system use).
	 * @throws InvalidRequestException when nothing was submitted for the project, or
	 * {@link org.datapact.classification.InvalidFactsException} when its answers do not
	 * fit the rules; both before anything is written, so a caller's transaction may go on
	 */
	@Transactional(noRollbackFor = InvalidRequestException.class)
	public StoredClassification classify(UUID projectId, String trigger, UUID actorOrNull) {
		ProjectSummary project = this.projects.get(projectId)
			.orElseThrow(() -> new NotFoundException("Project", projectId));
		DatasetInventory inventory = this.questionnaires.datasets(projectId)
			.orElseThrow(() -> new InvalidRequestException("project", "classification.nothingSubmitted"));
		ProjectContext context = context(project);
		CompiledRuleSet ruleSet = this.ruleSets.current();
		ProjectEvaluation evaluation = ruleSet.evaluate(context, facts(inventory));
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<String, OverrideRow> active = activeOverrides(projectId);
		List<StoredDataset> datasets = new ArrayList<>();
		Level finalProjectLevel = Level.PUBLIC;
		for (DatasetClassification dataset : evaluation.datasets()) {
			Level computed = dataset.level();
			Level level = computed;
			UUID overrideId = null;
			String note = null;
			OverrideRow standing = active.get(dataset.datasetId());
			boolean confirmed = false;
			if (standing != null) {
				overrideId = standing.id();
				if (standing.computedLevel() == computed) {
					level = standing.requestedLevel();
					confirmed = true;
				}
				else {
					note = NEEDS_RECONFIRMATION;
					setStatus(standing.id(), "NEEDS_RECONFIRMATION");
				}
			}
			staleRequests(projectId, dataset.datasetId(), computed);
			finalProjectLevel = finalProjectLevel.max(level);
			datasets.add(new StoredDataset(dataset.datasetId(), dataset.name(), computed, level, dataset.ownLevel(),
					dataset.firedRules(), dataset.combinations(), dataset.defaultLevel(), overrideId, note,
					today.plus(this.reviewPeriods.of(level)), dataset.needsConfirmation() && !confirmed));
		}
		LocalDate reviewBy = datasets.stream()
			.map(StoredDataset::reviewBy)
			.min(LocalDate::compareTo)
			.orElse(today.plus(this.reviewPeriods.of(finalProjectLevel)));
		UUID runId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into classification_run (id, project_id, organisation_id, rule_set_id, rule_set_version,
				    questionnaire_revision, trigger, actor_id, evaluated_at, computed_level, final_level, review_by,
				    country, contexts, evaluation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(runId, projectId, project.organisationId(), evaluation.ruleSetId(), evaluation.ruleSetVersion(),
					inventory.revision(), trigger, actorOrNull, java.sql.Timestamp.from(now),
					evaluation.projectLevel().name(), finalProjectLevel.name(), reviewBy, context.country(),
					String.join(",", context.contexts()), JSON.writeValueAsString(evaluation))
			.update();
		int position = 0;
		for (StoredDataset dataset : datasets) {
			this.jdbc.sql("""
					insert into classification_dataset_result (run_id, dataset_id, position, name, computed_level,
					    final_level, override_id, override_note, review_by, needs_confirmation)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, dataset.datasetId(), position++, dataset.name(), dataset.computedLevel().name(),
						dataset.finalLevel().name(), dataset.overrideId(), dataset.overrideNote(), dataset.reviewBy(),
						dataset.needsConfirmation())
				.update();
		}
		for (StoredDataset dataset : datasets) {
			this.events.publishEvent(new DatasetClassified(projectId, dataset.datasetId(), dataset.computedLevel(),
					dataset.finalLevel(), runId, evaluation.ruleSetId(), evaluation.ruleSetVersion(), trigger));
		}
		this.events
			.publishEvent(new AuditEvent("CLASSIFICATION_RUN", ENTITY, runId.toString(), project.organisationId(),
					actorOrNull, (actorOrNull != null) ? null : SYSTEM, AuditEvent.Outcome.SUCCESS,
					"project=" + projectId + " trigger=" + trigger + " ruleSet=" + evaluation.ruleSetId() + "@"
							+ evaluation.ruleSetVersion() + " revision=" + inventory.revision() + " computed="
							+ evaluation.projectLevel() + " final=" + finalProjectLevel));
		return new StoredClassification(runId, projectId, evaluation.ruleSetId(), evaluation.ruleSetVersion(),
				inventory.revision(), evaluation.projectLevel(), finalProjectLevel, datasets, evaluation.combinations(),
				reviewBy, now, trigger, actorOrNull, context.country(), context.contexts());
	}

	/** {@link #classify} in a transaction of its own, for triggers after a commit. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	public StoredClassification classifyInNewTransaction(UUID projectId, String trigger) {
		return classify(projectId, trigger, null);
	}

	/**
	 * Classifies every project with a submitted questionnaire again, each in its own
	 * transaction (for instance with {@code trigger = "rules"} when the rule set in force
	 * changes); a project that fails is logged and skipped. Returns how many were
	 * classified.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int reclassifyAll(String trigger) {
		int done = 0;
		for (UUID projectId : classifiableProjects()) {
			try {
				self().classifyInNewTransaction(projectId, trigger);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Classification of project {} ('{}') failed: {}", projectId, trigger,
						ex.getClass().getSimpleName());
			}
		}
		return done;
	}

	/** Projects with a submitted questionnaire, in title order. */
	public List<UUID> classifiableProjects() {
		return this.projects.all()
			.stream()
			.map(ProjectSummary::id)
			.filter((id) -> this.questionnaires.datasets(id).isPresent())
			.toList();
	}

	/**
	 * The latest run, when the viewer may see the project ({@link NotFoundException}).
	 */
	public Optional<StoredClassification> current(UUID projectId, CurrentUser viewer) {
		this.projects.find(projectId, viewer);
		return current(projectId);
	}

	/** Every run of the project, newest first, when the viewer may see it. */
	public List<StoredClassification> history(UUID projectId, CurrentUser viewer) {
		this.projects.find(projectId, viewer);
		return this.jdbc
			.sql("select id from classification_run where project_id = ? " + "order by evaluated_at desc, id desc")
			.param(projectId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	/**
	 * A scoper or administrator runs the classification now; this also settles any
	 * re-assessment the project was marked for.
	 * @throws InvalidRequestException when nothing was submitted yet
	 */
	@Transactional
	public StoredClassification runOnDemand(CurrentUser viewer, UUID projectId) {
		this.projects.find(projectId, viewer);
		OverrideService.requireScoper(viewer);
		StoredClassification stored = classify(projectId, "on-demand", viewer.id());
		this.jdbc.sql("""
				update classification_reassessment set cleared_at = ?, cleared_by = ?
				where project_id = ? and cleared_at is null""")
			.params(java.sql.Timestamp.from(this.clock.instant()), viewer.id(), projectId)
			.update();
		return stored;
	}

	/** Whether a context change marked the project for re-assessment not yet settled. */
	public boolean markedForReassessment(UUID projectId) {
		return this.jdbc
			.sql("select count(*) from classification_reassessment where project_id = ? " + "and cleared_at is null")
			.param(projectId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * For scopers and administrators: projects whose latest result is past its review-by
	 * date, marked for re-assessment, or has datasets waiting for a scoper to confirm a
	 * level no rule determined; overdue first, by review-by date. Empty for anyone else.
	 */
	public List<org.datapact.classification.ReviewItem> needingAttention(CurrentUser viewer) {
		if (!viewer.worksAcrossOrganisations()) {
			return List.of();
		}
		LocalDate today = today();
		Set<UUID> marked = new java.util.HashSet<>(
				this.jdbc.sql("select distinct project_id from classification_reassessment where cleared_at is null")
					.query(UUID.class)
					.list());
		Map<UUID, Object[]> latest = new HashMap<>();
		this.jdbc.sql("""
				select r.project_id, r.final_level, r.review_by,
				    (select count(*) from classification_dataset_result d
				     where d.run_id = r.id and d.needs_confirmation) as unconfirmed
				from (select distinct on (project_id) id, project_id, final_level, review_by from classification_run
				      order by project_id, evaluated_at desc, id desc) r""")
			.query((rs,
					n) -> new Object[] { rs.getObject("project_id", UUID.class),
							Level.valueOf(rs.getString("final_level")), rs.getObject("review_by", LocalDate.class),
							rs.getInt("unconfirmed") })
			.list()
			.forEach((row) -> latest.put((UUID) row[0], row));
		List<org.datapact.classification.ReviewItem> items = new ArrayList<>();
		for (ProjectSummary project : this.projects.visibleTo(viewer)) {
			if (project.status() == org.datapact.project.ProjectStatus.CLOSED) {
				continue;
			}
			Object[] run = latest.get(project.id());
			LocalDate reviewBy = (run != null) ? (LocalDate) run[2] : null;
			boolean overdue = reviewBy != null && reviewBy.isBefore(today);
			boolean reassess = marked.contains(project.id());
			int unconfirmed = (run != null) ? (int) run[3] : 0;
			if (overdue || reassess || unconfirmed > 0) {
				items.add(new org.datapact.classification.ReviewItem(project.id(), project.title(),
						(run != null) ? (Level) run[1] : null, reviewBy, overdue, reassess, unconfirmed));
			}
		}
		items.sort(java.util.Comparator.comparing(org.datapact.classification.ReviewItem::overdue)
			.reversed()
			.thenComparing(org.datapact.classification.ReviewItem::reviewBy,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		return items;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** This service through its proxy, so that a new transaction starts per project. */
	private ClassificationService self() {
		return this.self.getObject();
	}

	private ProjectContext context(ProjectSummary project) {
		return new ProjectContext(project.id(), project.title(), project.countryCode(),
				this.contexts.inForce(project.countryCode(), today()));
	}

	static List<DatasetFacts> facts(DatasetInventory inventory) {
		AttributeCatalog catalog = AttributeCatalog.datasetInventory();
		return inventory.datasets().stream().map((dataset) -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			dataset.attributes().forEach((key, value) -> {
				if (catalog.indexOf(key) >= 0 && value != null) {
					attributes.put(key, (value instanceof Collection<?> values) ? new TreeSet<>(values) : value);
				}
			});
			return new DatasetFacts(dataset.id().toString(), attributes);
		}).toList();
	}

	private StoredClassification load(UUID runId) {
		return this.jdbc
			.sql("""
					select project_id, rule_set_id, rule_set_version, questionnaire_revision, trigger, actor_id,
					    evaluated_at, computed_level, final_level, review_by, country, contexts, evaluation::text as evaluation
					from classification_run where id = ?""")
			.param(runId)
			.query((rs, row) -> {
				ProjectEvaluation evaluation = JSON.readValue(rs.getString("evaluation"), ProjectEvaluation.class);
				Map<String, DatasetClassification> byId = new HashMap<>();
				evaluation.datasets().forEach((d) -> byId.put(d.datasetId(), d));
				List<StoredDataset> datasets = datasets(runId, byId);
				String contexts = rs.getString("contexts");
				Set<String> named = contexts.isEmpty() ? Set.of() : new TreeSet<>(List.of(contexts.split(",")));
				return new StoredClassification(runId, rs.getObject("project_id", UUID.class),
						rs.getString("rule_set_id"), rs.getInt("rule_set_version"), rs.getInt("questionnaire_revision"),
						Level.valueOf(rs.getString("computed_level")), Level.valueOf(rs.getString("final_level")),
						datasets, evaluation.combinations(), rs.getObject("review_by", LocalDate.class),
						rs.getTimestamp("evaluated_at").toInstant(), rs.getString("trigger"),
						rs.getObject("actor_id", UUID.class), rs.getString("country"), named);
			})
			.single();
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

	record OverrideRow(UUID id, String datasetId, Level computedLevel, Level requestedLevel, String status,
			UUID requestedBy) {
	}

	private Map<String, OverrideRow> activeOverrides(UUID projectId) {
		Map<String, OverrideRow> active = new HashMap<>();
		this.jdbc.sql("""
				select id, dataset_id, computed_level, requested_level, status, requested_by
				from classification_override where project_id = ? and status = 'ACTIVE'""")
			.param(projectId)
			.query((rs, row) -> new OverrideRow(rs.getObject("id", UUID.class), rs.getString("dataset_id"),
					Level.valueOf(rs.getString("computed_level")), Level.valueOf(rs.getString("requested_level")),
					rs.getString("status"), rs.getObject("requested_by", UUID.class)))
			.list()
			.forEach((row) -> active.put(row.datasetId(), row));
		return active;
	}

	private void setStatus(UUID overrideId, String status) {
		this.jdbc.sql("update classification_override set status = ?, version = version + 1 where id = ?")
			.params(status, overrideId)
			.update();
	}

	/** A pending lowering asked against another computed level no longer stands. */
	private void staleRequests(UUID projectId, String datasetId, Level computed) {
		this.jdbc.sql("""
				update classification_override set status = 'NEEDS_RECONFIRMATION', version = version + 1
				where project_id = ? and dataset_id = ? and status = 'PENDING' and computed_level <> ?""")
			.params(projectId, datasetId, computed.name())
			.update();
	}

}
