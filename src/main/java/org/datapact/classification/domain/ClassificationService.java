package org.datapact.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.DatasetClassified;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.questionnaire.Questionnaires.DatasetInventory;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classification runs: the rule set in force evaluated on a project's latest submitted
 * dataset inventory and its context, kept as a run (rule set version, computed and final
 * levels, fired rules with their inputs, combinations, review-by date) with the standing
 * overrides applied. The system methods ({@link #current(UUID)}, {@link #classify},
 * {@link #classifiableProjects}) check no viewer; the others check that the viewer may
 * see the project (another organisation's answers 404).
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService {

	static final String ENTITY = "Classification";

	/** The system's label in the audit log. */
	static final String SYSTEM = "system";

	static final String NEEDS_RECONFIRMATION = "override_needs_reconfirmation";

	private static final Logger log = LoggerFactory.getLogger(ClassificationService.class);

	private final ObjectProvider<ClassificationService> self;

	private final RuleSets ruleSets;

	private final Projects projects;

	private final ClassificationInputs inputs;

	private final ReviewPeriods reviewPeriods;

	private final RunStore runs;

	private final LevelOverrides overrides;

	private final ReviewQueue reviews;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClassificationService(RuleSets ruleSets, Projects projects, ClassificationInputs inputs,
			ReviewPeriods reviewPeriods, RunStore runs, LevelOverrides overrides, ReviewQueue reviews,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<ClassificationService> self) {
		this.self = self;
		this.ruleSets = ruleSets;
		this.projects = projects;
		this.inputs = inputs;
		this.reviewPeriods = reviewPeriods;
		this.runs = runs;
		this.overrides = overrides;
		this.reviews = reviews;
		this.events = events;
		this.clock = clock;
	}

	/** The latest stored run of the project, if any. No viewer check. */
	public Optional<StoredClassification> current(UUID projectId) {
		return this.runs.latest(projectId);
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
	public StoredClassification classify(UUID projectId, RunTrigger trigger, UUID actorOrNull) {
		ProjectSummary project = this.projects.get(projectId)
			.orElseThrow(() -> new NotFoundException("Project", projectId));
		DatasetInventory inventory = this.inputs.inventory(projectId)
			.orElseThrow(() -> new InvalidRequestException("project", "classification.nothingSubmitted"));
		ProjectContext context = this.inputs.context(project);
		ProjectEvaluation evaluation = this.ruleSets.current().evaluate(context, ClassificationInputs.facts(inventory));
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<LevelOverride> standing = this.overrides.standing(projectId);
		List<StoredDataset> datasets = new ArrayList<>();
		Level finalProjectLevel = Level.PUBLIC;
		for (DatasetClassification dataset : evaluation.datasets()) {
			StoredDataset result = result(dataset, standing, today);
			finalProjectLevel = finalProjectLevel.max(result.finalLevel());
			datasets.add(result);
		}
		LocalDate reviewBy = datasets.stream()
			.map(StoredDataset::reviewBy)
			.min(LocalDate::compareTo)
			.orElse(today.plus(this.reviewPeriods.of(finalProjectLevel)));
		StoredClassification run = new StoredClassification(UUID.randomUUID(), projectId, evaluation.ruleSetId(),
				evaluation.ruleSetVersion(), inventory.revision(), evaluation.projectLevel(), finalProjectLevel,
				datasets, evaluation.combinations(), reviewBy, now, trigger, actorOrNull, context.country(),
				context.contexts());
		this.runs.save(run, project.organisationId(), evaluation);
		for (StoredDataset dataset : datasets) {
			this.events.publishEvent(
					new DatasetClassified(projectId, dataset.datasetId(), dataset.computedLevel(), dataset.finalLevel(),
							run.runId(), evaluation.ruleSetId(), evaluation.ruleSetVersion(), trigger.key()));
		}
		this.events
			.publishEvent(new AuditEvent("CLASSIFICATION_RUN", ENTITY, run.runId().toString(), project.organisationId(),
					actorOrNull, (actorOrNull != null) ? null : SYSTEM, AuditEvent.Outcome.SUCCESS,
					"project=" + projectId + " trigger=" + trigger.key() + " ruleSet=" + evaluation.ruleSetId() + "@"
							+ evaluation.ruleSetVersion() + " revision=" + inventory.revision() + " computed="
							+ evaluation.projectLevel() + " final=" + finalProjectLevel));
		return run;
	}

	/**
	 * A dataset's result: the computed level, or the level an active override asked for
	 * against that same computed level. An override asked against another computed level
	 * no longer applies and needs confirming again. A level no rule determined waits for
	 * a scoper's confirmation until an override applies.
	 */
	private StoredDataset result(DatasetClassification dataset, List<LevelOverride> standing, LocalDate today) {
		Level computed = dataset.level();
		Level level = computed;
		UUID overrideId = null;
		String note = null;
		boolean confirmed = false;
		for (LevelOverride override : standing) {
			if (!override.isFor(dataset.datasetId())) {
				continue;
			}
			if (override.isActive()) {
				overrideId = override.request().id();
				if (override.appliesTo(computed)) {
					level = override.request().requestedLevel();
					confirmed = true;
				}
				else {
					note = NEEDS_RECONFIRMATION;
				}
			}
			if (override.reconfirmIfComputedChanged(computed)) {
				this.overrides.update(override);
			}
		}
		return new StoredDataset(dataset.datasetId(), dataset.name(), computed, level, dataset.ownLevel(),
				dataset.firedRules(), dataset.combinations(), dataset.defaultLevel(), overrideId, note,
				today.plus(this.reviewPeriods.of(level)), dataset.needsConfirmation() && !confirmed);
	}

	/** {@link #classify} in a transaction of its own, for triggers after a commit. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public StoredClassification classifyInNewTransaction(UUID projectId, RunTrigger trigger) {
		return classify(projectId, trigger, null);
	}

	/**
	 * Classifies every project with a submitted questionnaire again, each in its own
	 * transaction (for instance with {@link RunTrigger#RULES} when the rule set in force
	 * changes); a project that fails is logged and skipped. Returns how many were
	 * classified.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int reclassifyAll(RunTrigger trigger) {
		int done = 0;
		for (UUID projectId : classifiableProjects()) {
			try {
				this.self.getObject().classifyInNewTransaction(projectId, trigger);
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
		return this.projects.all().stream().map(ProjectSummary::id).filter(this::classifiable).toList();
	}

	/** Whether the project has a submitted questionnaire to classify. */
	public boolean classifiable(UUID projectId) {
		return this.inputs.inventory(projectId).isPresent();
	}

	/**
	 * The latest run, when the viewer may see the project ({@link NotFoundException}).
	 */
	public Optional<StoredClassification> current(UUID projectId, CurrentUser viewer) {
		this.projects.find(projectId, viewer);
		return current(projectId);
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
		StoredClassification stored = classify(projectId, RunTrigger.ON_DEMAND, viewer.id());
		this.reviews.settle(projectId, viewer.id());
		return stored;
	}

	public LocalDate today() {
		return this.inputs.today();
	}

}
