package org.datapact.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.UserAccounts;
import org.datapact.plan.PlanSectionSaved;
import org.datapact.project.ProjectSummary;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.live.LiveRooms;
import org.datapact.shared.live.Room;
import org.datapact.shared.text.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans: made once per project from the template in force, read by everyone who may see
 * the project, co-written section by section. A section save writes the section, its
 * revision and the audit entry together or not at all; a save based on a stale version
 * writes nothing and answers with what a merge needs.
 */
@Service
public class PlanService {

	static final String ENTITY = "Plan";

	static final String SECTION = "PlanSection";

	private static final Logger log = LoggerFactory.getLogger(PlanService.class);

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanRevisionRepository revisions;

	private final PlanTemplateVersions templates;

	private final PlanAccess access;

	private final PlanContents contents;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final LiveRooms live;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	PlanService(PlanRepository plans, PlanSectionRepository sections, PlanRevisionRepository revisions,
			PlanTemplateVersions templates, PlanAccess access, PlanContents contents, UserAccounts accounts,
			ApplicationEventPublisher events, LiveRooms live, Clock clock, PlatformTransactionManager transactions) {
		this.plans = plans;
		this.sections = sections;
		this.revisions = revisions;
		this.templates = templates;
		this.access = access;
		this.contents = contents;
		this.accounts = accounts;
		this.events = events;
		this.live = live;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		// its own transaction, also when called after another one committed (the
		// acceptance)
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Makes the project's plan from the newest published plan template, each section
	 * holding its starter text in the language given, as revision 0 of the section; the
	 * existing plan when the project has one. No viewer check (system use: the plan
	 * starts when the questionnaire is accepted).
	 */
	public UUID start(UUID projectId, Locale language) {
		try {
			return this.writing.execute((status) -> this.plans.findByProjectId(projectId)
				.map(Plan::id)
				.orElseGet(() -> create(projectId, language)));
		}
		catch (DataIntegrityViolationException ex) {
			// another instance started it at the same moment: theirs stands
			return this.plans.findByProjectId(projectId).map(Plan::id).orElseThrow(() -> ex);
		}
	}

	private UUID create(UUID projectId, Locale language) {
		PlanTemplateVersion template = this.templates.latestPublished(PlanTemplateVersions.DEFAULT_KEY)
			.orElseThrow(() -> new IllegalStateException("No published plan template"));
		PlanTemplateDefinition definition = this.templates.definition(template);
		Instant now = this.clock.instant();
		Plan plan = this.plans.save(new Plan(projectId, template.id(), now));
		int position = 0;
		for (PlanTemplateSection section : definition.sections()) {
			PlanSection started = this.sections
				.save(plan.startSection(section.key(), position++, section.starter().in(language), now));
			this.revisions.save(started.firstRevision());
		}
		this.events.publishEvent(new AuditEvent("PLAN_STARTED", ENTITY, plan.id().toString(), null, null, "system",
				AuditEvent.Outcome.SUCCESS, "project=" + projectId + " template=" + template.id()));
		log.info("Started the plan of project {}", projectId);
		return plan.id();
	}

	/**
	 * Each of these projects' plan status, by project id; projects without a plan are
	 * left out. One query, however many projects.
	 */
	public Map<UUID, PlanStatus> statuses(Collection<UUID> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PlanStatus> statuses = new HashMap<>();
		this.plans.findByProjectIdIn(projectIds).forEach((plan) -> statuses.put(plan.projectId(), plan.status()));
		return statuses;
	}

	/**
	 * The project's plan as the viewer sees it; 404 when they may not see the project.
	 */
	public PlanView view(UUID projectId, CurrentUser viewer) {
		return this.reading.execute((status) -> {
			PlanAccess.Standing standing = this.access.of(projectId, viewer);
			Plan plan = planOf(projectId);
			return view(plan, standing, this.sections.findByPlanIdOrderByPosition(plan.id()));
		});
	}

	/**
	 * Whether the project has a plan yet; 404 when the viewer may not see the project.
	 */
	public Optional<PlanView> find(UUID projectId, CurrentUser viewer) {
		return this.reading.execute((status) -> {
			PlanAccess.Standing standing = this.access.of(projectId, viewer);
			return this.plans.findByProjectId(projectId)
				.map((plan) -> view(plan, standing, this.sections.findByPlanIdOrderByPosition(plan.id())));
		});
	}

	/** One section as the viewer sees it; 404 for an unknown key. */
	public SectionView section(UUID projectId, String sectionKey, CurrentUser viewer) {
		return this.reading.execute((status) -> {
			this.access.of(projectId, viewer);
			Plan plan = planOf(projectId);
			PlanSection section = sectionOf(plan, sectionKey);
			return sectionView(definitionOf(plan), section, names(Set.of(section)));
		});
	}

	/**
	 * The live room of the project's plan (who has it open, notices of saves), for a
	 * viewer who may read the plan; 404 otherwise, as for reading it.
	 */
	public Room liveRoom(UUID projectId, CurrentUser viewer) {
		return this.reading.execute((status) -> {
			this.access.of(projectId, viewer);
			return liveRoom(planOf(projectId));
		});
	}

	private static Room liveRoom(Plan plan) {
		return Room.of("plan", plan.id());
	}

	/** The id of the plan of a project the viewer may see; 404 otherwise. */
	UUID planId(UUID projectId, CurrentUser viewer) {
		this.access.of(projectId, viewer);
		return planOf(projectId).id();
	}

	/** Whether the person may write the project's plan (404 when they may not see it). */
	boolean mayEdit(UUID projectId, CurrentUser person) {
		return this.access.of(projectId, person).editor();
	}

	/** The id of a section the viewer may read; 404 otherwise. */
	UUID sectionId(UUID projectId, String sectionKey, CurrentUser viewer) {
		this.access.of(projectId, viewer);
		return sectionOf(planOf(projectId), sectionKey).id();
	}

	/**
	 * Saves a section's text as its next version, when it is based on the current one.
	 * @throws InvalidRequestException when the text is too long or holds a character that
	 * cannot be stored
	 */
	public SaveOutcome save(UUID projectId, String sectionKey, SectionSave save, CurrentUser editor) {
		String body = checked(save.body());
		try {
			return this.writing.execute((status) -> {
				PlanAccess.Standing standing = this.access.of(projectId, editor);
				standing.requireEditor();
				Plan plan = planOf(projectId);
				PlanSection section = sectionOf(plan, sectionKey);
				Instant now = this.clock.instant();
				PlanRevision revision = section.edit(body, save.basedOn(), editor.id(), now);
				this.revisions.save(revision);
				this.sections.flush();
				this.events.publishEvent(AuditEvent
					.success(editor, "PLAN_SECTION_SAVED", SECTION, section.id(), standing.project().organisationId())
					.withDetails("project=" + projectId + " section=" + sectionKey + " version="
							+ revision.sectionVersion()));
				this.events.publishEvent(
						new PlanSectionSaved(plan.id(), projectId, sectionKey, revision.sectionVersion(), editor.id()));
				// heard by all who have the plan open, on every instance, on commit
				this.live.announce(liveRoom(plan), editor, "plan.live.saved",
						List.of(String.valueOf(revision.sectionVersion())),
						Map.of("place", sectionKey, "version", String.valueOf(revision.sectionVersion())));
				return new SaveOutcome.Saved(sectionKey, revision.sectionVersion(), now);
			});
		}
		catch (StaleSectionException | OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			return conflict(projectId, sectionKey, save, body, editor);
		}
	}

	private SaveOutcome conflict(UUID projectId, String sectionKey, SectionSave save, String mine, CurrentUser editor) {
		return this.reading.execute((status) -> {
			this.access.of(projectId, editor);
			PlanSection section = sectionOf(planOf(projectId), sectionKey);
			String base = this.revisions.findBySectionIdAndSectionVersion(section.id(), save.basedOn())
				.map(PlanRevision::body)
				.orElse("");
			Map<UUID, String> names = names(Set.of(section));
			return new SaveOutcome.Conflict(sectionKey, base, mine, section.body(), section.version(),
					section.updatedBy(), (section.updatedBy() != null) ? names.get(section.updatedBy()) : null,
					section.updatedAt());
		});
	}

	/** A section's text as it is kept: one kind of line ending, within the limit. */
	private static String checked(String body) {
		String text = (body != null) ? body : "";
		if (PlainText.hasUnshowable(text)) {
			throw new InvalidRequestException("body", "plan.section.error.unshowable");
		}
		text = PlainText.normalise(text);
		if (text.length() > PlanSection.MAX_BODY) {
			throw new InvalidRequestException("body", "plan.section.error.tooLong", PlanSection.MAX_BODY);
		}
		return text;
	}

	private PlanView view(Plan plan, PlanAccess.Standing standing, List<PlanSection> rows) {
		PlanTemplateDefinition definition = definitionOf(plan);
		Map<UUID, String> names = names(rows);
		ProjectSummary project = standing.project();
		return new PlanView(plan.id(), project, plan.status(), plan.templateId(), plan.createdAt(), standing.editor(),
				rows.stream().map((row) -> sectionView(definition, row, names)).toList(), this.contents.of(project));
	}

	private static SectionView sectionView(PlanTemplateDefinition definition, PlanSection row,
			Map<UUID, String> names) {
		PlanTemplateSection template = definition.section(row.sectionKey())
			.orElseGet(() -> new PlanTemplateSection(row.sectionKey(), null, null, null, false, false, null));
		return new SectionView(row.sectionKey(), template.title(), template.guidance(), template.prefill(),
				template.required(), template.restricted(), row.body(), row.version(), row.updatedBy(),
				(row.updatedBy() != null) ? names.get(row.updatedBy()) : null, row.updatedAt());
	}

	private Map<UUID, String> names(Iterable<PlanSection> rows) {
		Set<UUID> ids = new HashSet<>();
		rows.forEach((row) -> {
			if (row.updatedBy() != null) {
				ids.add(row.updatedBy());
			}
		});
		return ids.isEmpty() ? Map.of() : this.accounts.labels(ids);
	}

	private PlanTemplateDefinition definitionOf(Plan plan) {
		return this.templates.cached(plan.templateId())
			.orElseGet(() -> this.templates.definition(this.templates.find(plan.templateId())));
	}

	private Plan planOf(UUID projectId) {
		return this.plans.findByProjectId(projectId).orElseThrow(() -> new NotFoundException(ENTITY, projectId));
	}

	private PlanSection sectionOf(Plan plan, String sectionKey) {
		return this.sections.findByPlanIdAndSectionKey(plan.id(), sectionKey)
			.orElseThrow(() -> new NotFoundException(SECTION, sectionKey));
	}

}
