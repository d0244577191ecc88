package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.UserAccounts;
import org.datapact.questionnaire.ClarificationAsked;
import org.datapact.questionnaire.QuestionnaireAccepted;
import org.datapact.questionnaire.QuestionnaireReturned;
import org.datapact.questionnaire.QuestionnaireSubmitted;
import org.datapact.questionnaire.domain.AnswerStore.Loaded;
import org.datapact.questionnaire.domain.QuestionnaireAccess.Standing;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling in, submitting and reviewing a project's Data Security Questionnaire. Every
 * call checks the caller's standing on the project first; every change and every read is
 * audited.
 */
@Service
@Transactional
public class QuestionnaireService {

	static final String ENTITY = "Questionnaire";

	public static final int NOTE_MAX = 5000;

	private final QuestionnaireRepository questionnaires;

	private final RevisionRepository revisions;

	private final ClarificationRepository clarifications;

	private final ClarificationMessageRepository messages;

	private final AnswerStore answers;

	private final TemplateLibrary templates;

	private final QuestionnaireAccess access;

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionnaireService(QuestionnaireRepository questionnaires, RevisionRepository revisions,
			ClarificationRepository clarifications, ClarificationMessageRepository messages, AnswerStore answers,
			TemplateLibrary templates, QuestionnaireAccess access, UserAccounts accounts, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.clarifications = clarifications;
		this.messages = messages;
		this.answers = answers;
		this.templates = templates;
		this.access = access;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The questionnaire page: answers, what is shown and missing, threads and revisions.
	 */
	public QuestionnaireView open(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = ensure(standing);
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		Loaded loaded = this.answers.load(questionnaire.id(), template);
		List<Clarification> threads = this.clarifications.findByQuestionnaireIdOrderByCreatedAt(questionnaire.id());
		List<ClarificationMessage> posts = threads.isEmpty() ? List.of()
				: this.messages.findByQuestionnaire(questionnaire.id());
		List<Revision> history = this.revisions.findByQuestionnaireIdOrderByNumberDesc(questionnaire.id());
		Map<UUID, String> names = names(posts, history);
		audit(user, "QUESTIONNAIRE_VIEWED", questionnaire, null);
		return new QuestionnaireView(standing.project(), questionnaire.id(), questionnaire.status(),
				questionnaire.revision(), questionnaire.templateId(), template, loaded.answers(),
				(entryId, key) -> loaded.version(new AnswerRef(entryId, key)),
				Evaluation.of(template, loaded.answers()), standing.editor(),
				standing.editor() && questionnaire.status().isEditable(), standing.reviewer(),
				threads(threads, posts, names), history.stream().map((revision) -> summary(revision, names)).toList());
	}

	/**
	 * Saves one answer, unless it does not fit its question or someone changed it
	 * meanwhile.
	 */
	public SaveOutcome save(UUID projectId, CurrentUser user, AnswerInput input) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = shared(standing);
		questionnaire.requireEditable();
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		Optional<Question> found = template.question(String.valueOf(input.questionKey()))
			.filter((question) -> !question.isGroup());
		if (found.isEmpty()) {
			return new SaveOutcome.Rejected("questionnaire.answer.unknownQuestion", List.of());
		}
		Question question = found.get();
		Optional<Question> group = template.groupOf(question.key());
		if (group.isPresent() != (input.entryId() != null) || group.isPresent()
				&& !this.answers.entryExists(questionnaire.id(), input.entryId(), group.get().key())) {
			return new SaveOutcome.Rejected("questionnaire.answer.unknownEntry", List.of());
		}
		AnswerCodec.Parsed parsed = AnswerCodec.parse(question, input.values());
		if (!parsed.isValid()) {
			return new SaveOutcome.Rejected(parsed.problem(), parsed.arguments());
		}
		AnswerRef ref = new AnswerRef(input.entryId(), question.key());
		Instant now = this.clock.instant();
		OptionalInt saved = this.answers.save(questionnaire.id(), ref, AnswerCodec.toJsonText(parsed.value()),
				Math.max(0, input.version()), user.id(), now);
		if (saved.isEmpty()) {
			return conflict(questionnaire, question, ref);
		}
		audit(user, "QUESTIONNAIRE_ANSWER_SAVED", questionnaire,
				"question=" + question.key() + ((ref.entryId() != null) ? " entry=" + ref.entryId() : ""));
		Loaded loaded = this.answers.load(questionnaire.id(), template);
		return new SaveOutcome.Saved(saved.getAsInt(), Evaluation.of(template, loaded.answers()));
	}

	private SaveOutcome conflict(Questionnaire questionnaire, Question question, AnswerRef ref) {
		Optional<AnswerStore.StoredAnswer> current = this.answers.current(questionnaire.id(), ref);
		Object value = current.map((answer) -> AnswerCodec.fromJsonText(question, answer.json())).orElse(null);
		String by = current.map(AnswerStore.StoredAnswer::updatedBy)
			.map((id) -> this.accounts.labels(List.of(id)).get(id))
			.orElse(null);
		return new SaveOutcome.Conflict(question, value, current.map(AnswerStore.StoredAnswer::version).orElse(0), by);
	}

	/** Adds an entry to a repeating group, such as a dataset to the inventory. */
	public UUID addEntry(UUID projectId, CurrentUser user, String groupKey) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = shared(standing);
		questionnaire.requireEditable();
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		if (template.question(String.valueOf(groupKey)).filter(Question::isGroup).isEmpty()) {
			throw new InvalidRequestException("group", "questionnaire.answer.unknownQuestion");
		}
		if (this.answers.entries(questionnaire.id()).size() >= 200) {
			throw new InvalidRequestException("group", "questionnaire.entry.tooMany");
		}
		UUID entryId = this.answers.addEntry(questionnaire.id(), groupKey, user.id(), this.clock.instant());
		audit(user, "QUESTIONNAIRE_ENTRY_ADDED", questionnaire, "group=" + groupKey + " entry=" + entryId);
		return entryId;
	}

	public void removeEntry(UUID projectId, CurrentUser user, UUID entryId) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = shared(standing);
		questionnaire.requireEditable();
		if (!this.answers.removeEntry(questionnaire.id(), entryId)) {
			throw new NotFoundException("QuestionnaireEntry", entryId);
		}
		audit(user, "QUESTIONNAIRE_ENTRY_REMOVED", questionnaire, "entry=" + entryId);
	}

	/**
	 * Submits the answers when every shown required question has one: answers of hidden
	 * questions are discarded and the rest frozen as a new revision.
	 */
	public SubmitOutcome submit(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = exclusive(standing);
		questionnaire.requireEditable();
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		Loaded loaded = this.answers.load(questionnaire.id(), template);
		Evaluation evaluation = Evaluation.of(template, loaded.answers());
		if (!evaluation.isComplete()) {
			return new SubmitOutcome.Incomplete(evaluation.missing());
		}
		discardHidden(questionnaire, template, loaded, evaluation);
		Instant now = this.clock.instant();
		int number = questionnaire.submit(now);
		this.revisions.save(new Revision(questionnaire.id(), number, questionnaire.templateId(),
				RevisionJson.write(evaluation.visibleAnswers()), user.id(), now));
		this.questionnaires.save(questionnaire);
		audit(user, "QUESTIONNAIRE_SUBMITTED", questionnaire, "revision=" + number);
		this.events.publishEvent(new QuestionnaireSubmitted(questionnaire.id(), projectId, number));
		return new SubmitOutcome.Submitted(number);
	}

	private void discardHidden(Questionnaire questionnaire, TemplateDefinition template, Loaded loaded,
			Evaluation evaluation) {
		Set<AnswerRef> hidden = new LinkedHashSet<>();
		for (AnswerRef ref : loaded.versions().keySet()) {
			boolean shown = (ref.entryId() == null) ? evaluation.isShown(ref.questionKey())
					: evaluation.isShown(ref.entryId(), ref.questionKey());
			if (!shown) {
				hidden.add(ref);
			}
		}
		this.answers.discard(questionnaire.id(), hidden);
		for (Question question : template.questions()) {
			if (question.isGroup() && !evaluation.isShown(question.key())) {
				this.answers.discardEntries(questionnaire.id(), question.key());
			}
		}
	}

	public void accept(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		Questionnaire questionnaire = exclusive(standing);
		Instant now = this.clock.instant();
		questionnaire.accept(now);
		currentRevision(questionnaire).review(Revision.Outcome.ACCEPTED, user.id(), null, now);
		this.questionnaires.save(questionnaire);
		audit(user, "QUESTIONNAIRE_ACCEPTED", questionnaire, "revision=" + questionnaire.revision());
		this.events.publishEvent(new QuestionnaireAccepted(questionnaire.id(), projectId, questionnaire.revision()));
	}

	public void returnForChanges(UUID projectId, CurrentUser user, String note) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		String text = requireText("note", note);
		Questionnaire questionnaire = exclusive(standing);
		Instant now = this.clock.instant();
		questionnaire.returnForChanges(now);
		currentRevision(questionnaire).review(Revision.Outcome.RETURNED, user.id(), text, now);
		this.questionnaires.save(questionnaire);
		audit(user, "QUESTIONNAIRE_RETURNED", questionnaire, "revision=" + questionnaire.revision());
		this.events.publishEvent(new QuestionnaireReturned(questionnaire.id(), projectId, questionnaire.revision()));
	}

	private Revision currentRevision(Questionnaire questionnaire) {
		return this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(), questionnaire.revision())
			.orElseThrow(() -> new QuestionnaireStateException("questionnaire.error.notSubmitted"));
	}

	/** A scoper asks about one answer of a submitted questionnaire. */
	public UUID ask(UUID projectId, CurrentUser user, String questionKey, UUID entryId, String text) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		String body = requireText("text", text);
		Questionnaire questionnaire = ensure(standing);
		if (questionnaire.revision() == 0) {
			throw new QuestionnaireStateException("questionnaire.error.notSubmitted");
		}
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		if (template.question(String.valueOf(questionKey)).isEmpty()
				|| (entryId != null) != template.groupOf(questionKey).isPresent()) {
			throw new InvalidRequestException("question", "questionnaire.answer.unknownQuestion");
		}
		Instant now = this.clock.instant();
		Clarification clarification = this.clarifications.save(
				new Clarification(questionnaire.id(), questionKey, entryId, questionnaire.revision(), user.id(), now));
		this.messages.save(new ClarificationMessage(clarification.id(), user.id(), body, now));
		audit(user, "QUESTIONNAIRE_CLARIFICATION_ASKED", questionnaire,
				"clarification=" + clarification.id() + " question=" + questionKey);
		this.events.publishEvent(new ClarificationAsked(questionnaire.id(), projectId, questionKey));
		return clarification.id();
	}

	/** Partner staff or a scoper adds a message to an open clarification. */
	public void reply(UUID projectId, CurrentUser user, UUID clarificationId, String text) {
		Standing standing = this.access.of(projectId, user);
		standing.requireParticipant();
		String body = requireText("text", text);
		Questionnaire questionnaire = ensure(standing);
		Clarification clarification = clarification(questionnaire, clarificationId);
		clarification.requireOpen();
		this.messages.save(new ClarificationMessage(clarification.id(), user.id(), body, this.clock.instant()));
		audit(user, "QUESTIONNAIRE_CLARIFICATION_ANSWERED", questionnaire, "clarification=" + clarificationId);
	}

	public void resolve(UUID projectId, CurrentUser user, UUID clarificationId) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		Questionnaire questionnaire = ensure(standing);
		Clarification clarification = clarification(questionnaire, clarificationId);
		clarification.resolve(user.id(), this.clock.instant());
		this.clarifications.save(clarification);
		audit(user, "QUESTIONNAIRE_CLARIFICATION_RESOLVED", questionnaire, "clarification=" + clarificationId);
	}

	private Clarification clarification(Questionnaire questionnaire, UUID clarificationId) {
		return this.clarifications.findById(clarificationId)
			.filter((clarification) -> clarification.questionnaireId().equals(questionnaire.id()))
			.orElseThrow(() -> new NotFoundException("Clarification", clarificationId));
	}

	/** One submitted revision, exactly as it was frozen. */
	public RevisionDetail revision(UUID projectId, CurrentUser user, int number) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = ensure(standing);
		Revision revision = this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(), number)
			.orElseThrow(() -> new NotFoundException("QuestionnaireRevision", number));
		TemplateDefinition template = this.templates.definition(revision.templateId());
		Map<UUID, String> names = names(List.of(), List.of(revision));
		audit(user, "QUESTIONNAIRE_REVISION_VIEWED", questionnaire, "revision=" + number);
		return new RevisionDetail(standing.project(), summary(revision, names), template,
				RevisionJson.read(template, revision.answers()));
	}

	/** Two revisions side by side, with the template they were answered on. */
	public Comparison compare(UUID projectId, CurrentUser user, int from, int to) {
		RevisionDetail before = revision(projectId, user, from);
		RevisionDetail after = revision(projectId, user, to);
		return new Comparison(after.project(), before.summary(), after.summary(), after.template(),
				RevisionComparison.compare(after.template(), before.answers(), after.answers()));
	}

	public record Comparison(org.datapact.project.ProjectSummary project, RevisionSummary before, RevisionSummary after,
			TemplateDefinition template, List<RevisionComparison.Line> lines) {

		public long changes() {
			return this.lines.stream().filter(RevisionComparison.Line::changed).count();
		}

	}

	/**
	 * What an export contains: the named revision, else the latest one, else the answers
	 * that count now (hidden answers left out). Audited with its format.
	 */
	public RevisionDetail export(UUID projectId, CurrentUser user, Integer number, String format) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = ensure(standing);
		RevisionDetail detail;
		if (number != null || questionnaire.revision() > 0) {
			int wanted = (number != null) ? number : questionnaire.revision();
			Revision revision = this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(), wanted)
				.orElseThrow(() -> new NotFoundException("QuestionnaireRevision", wanted));
			TemplateDefinition template = this.templates.definition(revision.templateId());
			detail = new RevisionDetail(standing.project(), summary(revision, names(List.of(), List.of(revision))),
					template, RevisionJson.read(template, revision.answers()));
		}
		else {
			TemplateDefinition template = this.templates.definition(questionnaire.templateId());
			AnswerSet answers = this.answers.load(questionnaire.id(), template).answers();
			detail = new RevisionDetail(standing.project(), null, template,
					Evaluation.of(template, answers).visibleAnswers());
		}
		audit(user, "QUESTIONNAIRE_EXPORTED", questionnaire,
				"format=" + format + ((detail.summary() != null) ? " revision=" + detail.summary().number() : ""));
		return detail;
	}

	public List<RevisionSummary> revisions(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = ensure(standing);
		List<Revision> history = this.revisions.findByQuestionnaireIdOrderByNumberDesc(questionnaire.id());
		Map<UUID, String> names = names(List.of(), history);
		return history.stream().map((revision) -> summary(revision, names)).toList();
	}

	/** The questionnaire's state for the project pipeline; no audit, no answers shown. */
	@Transactional(readOnly = true)
	public Optional<StageFacts> stageFacts(UUID projectId) {
		return this.questionnaires.findByProjectId(projectId).map((questionnaire) -> {
			int percent = 0;
			if (questionnaire.status().isEditable()) {
				TemplateDefinition template = this.templates.definition(questionnaire.templateId());
				percent = Evaluation.of(template, this.answers.load(questionnaire.id(), template).answers())
					.overall()
					.percent();
			}
			return new StageFacts(questionnaire.status(), questionnaire.revision(), percent);
		});
	}

	public record StageFacts(org.datapact.questionnaire.QuestionnaireStatus status, int revision, int percent) {
	}

	/**
	 * The datasets of the latest submitted revision with their typed answers, for the
	 * classification rules; empty before the first submission.
	 */
	@Transactional(readOnly = true)
	public Optional<SubmittedDatasets> submittedDatasets(UUID projectId) {
		return this.questionnaires.findByProjectId(projectId)
			.filter((questionnaire) -> questionnaire.revision() > 0)
			.flatMap((questionnaire) -> this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(),
					questionnaire.revision()))
			.map((revision) -> {
				TemplateDefinition template = this.templates.definition(revision.templateId());
				AnswerSet answers = RevisionJson.read(template, revision.answers());
				return new SubmittedDatasets(revision.number(), revision.outcome() == Revision.Outcome.ACCEPTED,
						answers.entries("datasets"));
			});
	}

	public record SubmittedDatasets(int revision, boolean accepted, List<AnswerSet.Entry> datasets) {
	}

	/**
	 * The questionnaire, read-locked: autosaves share it; a submit or review waits for
	 * them.
	 */
	private Questionnaire shared(Standing standing) {
		UUID projectId = standing.project().id();
		return this.questionnaires.shareByProjectId(projectId).orElseGet(() -> {
			start(standing);
			return this.questionnaires.shareByProjectId(projectId)
				.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
		});
	}

	/** The questionnaire, write-locked for a submit or review. */
	private Questionnaire exclusive(Standing standing) {
		UUID projectId = standing.project().id();
		return this.questionnaires.lockByProjectId(projectId).orElseGet(() -> {
			start(standing);
			return this.questionnaires.lockByProjectId(projectId)
				.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
		});
	}

	/**
	 * The project's questionnaire, started with the newest published template on first
	 * use.
	 */
	private Questionnaire ensure(Standing standing) {
		UUID projectId = standing.project().id();
		Optional<Questionnaire> existing = this.questionnaires.findByProjectId(projectId);
		if (existing.isPresent()) {
			return existing.get();
		}
		return start(standing);
	}

	private Questionnaire start(Standing standing) {
		UUID projectId = standing.project().id();
		Instant now = this.clock.instant();
		UUID templateId = this.templates.latestPublished(TemplateLibrary.DEFAULT_KEY);
		this.jdbc.sql("""
				insert into questionnaire (id, project_id, organisation_id, template_id, status, revision,
				    created_at, updated_at, version)
				values (?, ?, ?, ?, 'IN_PROGRESS', 0, ?, ?, 0) on conflict (project_id) do nothing""")
			.params(UUID.randomUUID(), projectId, standing.project().organisationId(), templateId,
					java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
			.update();
		return this.questionnaires.findByProjectId(projectId)
			.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
	}

	private static String requireText(String field, String text) {
		String cleaned = (text != null) ? text.strip().replace("\u0000", "") : "";
		if (cleaned.isEmpty()) {
			throw new InvalidRequestException(field, "questionnaire.text.required");
		}
		if (cleaned.length() > NOTE_MAX) {
			throw new InvalidRequestException(field, "questionnaire.text.tooLong");
		}
		return cleaned;
	}

	private Map<UUID, String> names(Collection<ClarificationMessage> posts, Collection<Revision> history) {
		Set<UUID> ids = new HashSet<>();
		posts.forEach((post) -> ids.add(post.authorId()));
		history.forEach((revision) -> {
			ids.add(revision.submittedBy());
			if (revision.reviewedBy() != null) {
				ids.add(revision.reviewedBy());
			}
		});
		return ids.isEmpty() ? Map.of() : this.accounts.labels(ids);
	}

	private static List<ClarificationView> threads(List<Clarification> threads, List<ClarificationMessage> posts,
			Map<UUID, String> names) {
		List<ClarificationView> views = new ArrayList<>();
		for (Clarification thread : threads) {
			List<ClarificationView.Message> messages = posts.stream()
				.filter((post) -> post.clarificationId().equals(thread.id()))
				.map((post) -> new ClarificationView.Message(names.getOrDefault(post.authorId(), "?"), post.body(),
						post.createdAt()))
				.toList();
			views.add(new ClarificationView(thread.id(), thread.questionKey(), thread.entryId(), thread.revision(),
					thread.status() == Clarification.Status.OPEN, messages));
		}
		return views;
	}

	private static RevisionSummary summary(Revision revision, Map<UUID, String> names) {
		return new RevisionSummary(revision.number(), revision.submittedAt(),
				names.getOrDefault(revision.submittedBy(), "?"),
				(revision.outcome() != null) ? revision.outcome().name() : null, revision.reviewedAt(),
				(revision.reviewedBy() != null) ? names.getOrDefault(revision.reviewedBy(), "?") : null,
				revision.reviewNote());
	}

	private void audit(CurrentUser user, String action, Questionnaire questionnaire, String details) {
		AuditEvent event = AuditEvent.success(user, action, ENTITY, questionnaire.id(), questionnaire.organisationId());
		this.events.publishEvent((details != null) ? event.withDetails(details) : event);
	}

}
