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

import org.datapact.discussion.DiscussionView;
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
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

	/**
	 * Revisions the questionnaire page lists at once, newest first; it pages through the
	 * rest.
	 */
	public static final int REVISIONS_SHOWN = 10;

	private final QuestionnaireAccess access;

	private final ProjectQuestionnaires questionnaires;

	private final RevisionRepository revisions;

	private final AnswerStore answers;

	private final TemplateLibrary templates;

	private final Clarifications clarifications;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionnaireService(QuestionnaireAccess access, ProjectQuestionnaires questionnaires, RevisionRepository revisions,
			AnswerStore answers, TemplateLibrary templates, Clarifications clarifications, UserAccounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.answers = answers;
		this.templates = templates;
		this.clarifications = clarifications;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The questionnaire page: answers, what is shown and missing, threads and the first
	 * page of revisions.
	 */
	public QuestionnaireView open(UUID projectId, CurrentUser user) {
		return open(projectId, user, PageQuery.firstOf(REVISIONS_SHOWN));
	}

	/** The same, with the given page of revisions. */
	public QuestionnaireView open(UUID projectId, CurrentUser user, PageQuery revisionPage) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		Loaded loaded = this.answers.load(questionnaire.id(), template);
		List<DiscussionView> threads = this.clarifications.threads(questionnaire.id());
		Page<RevisionRepository.Listed> history = this.revisions.findListed(questionnaire.id(),
				revisionPage.pageable(Sort.unsorted()));
		RevisionRepository.Listed latest = (revisionPage.page() == 0 || questionnaire.revision() == 0)
				? history.stream().findFirst().orElse(null)
				: this.revisions.findListed(questionnaire.id(), questionnaire.revision()).orElse(null);
		List<RevisionRepository.Listed> shown = new ArrayList<>(history.getContent());
		if (latest != null) {
			shown.add(latest);
		}
		Set<UUID> authors = new HashSet<>();
		threads.forEach((thread) -> thread.messages().forEach((message) -> authors.add(message.authorId())));
		Map<UUID, String> names = QuestionnaireRevisions.names(this.accounts, shown, authors);
		this.questionnaires.audit(user, "QUESTIONNAIRE_VIEWED", questionnaire, null);
		return new QuestionnaireView(standing.project(), questionnaire.id(), questionnaire.status(),
				questionnaire.revision(), questionnaire.templateId(), template, loaded.answers(),
				(entryId, key) -> loaded.version(new AnswerRef(entryId, key)),
				Evaluation.of(template, loaded.answers()), standing.editor(),
				standing.editor() && questionnaire.status().isEditable(), standing.reviewer(),
				Clarifications.views(threads, names),
				ListPage.of(history, (revision) -> QuestionnaireRevisions.summary(revision, names)),
				(latest != null) ? QuestionnaireRevisions.summary(latest, names) : null);
	}

	/**
	 * Saves one answer, unless it does not fit its question or someone changed it
	 * meanwhile.
	 */
	public SaveOutcome save(UUID projectId, CurrentUser user, AnswerInput input) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = this.questionnaires.shared(standing);
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
		this.questionnaires.audit(user, "QUESTIONNAIRE_ANSWER_SAVED", questionnaire,
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
		Questionnaire questionnaire = this.questionnaires.shared(standing);
		questionnaire.requireEditable();
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		if (template.question(String.valueOf(groupKey)).filter(Question::isGroup).isEmpty()) {
			throw new InvalidRequestException("group", "questionnaire.answer.unknownQuestion");
		}
		if (this.answers.entries(questionnaire.id()).size() >= 200) {
			throw new InvalidRequestException("group", "questionnaire.entry.tooMany");
		}
		UUID entryId = this.answers.addEntry(questionnaire.id(), groupKey, user.id(), this.clock.instant());
		this.questionnaires.audit(user, "QUESTIONNAIRE_ENTRY_ADDED", questionnaire,
				"group=" + groupKey + " entry=" + entryId);
		return entryId;
	}

	public void removeEntry(UUID projectId, CurrentUser user, UUID entryId) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = this.questionnaires.shared(standing);
		questionnaire.requireEditable();
		if (!this.answers.removeEntry(questionnaire.id(), entryId)) {
			throw new NotFoundException("QuestionnaireEntry", entryId);
		}
		this.questionnaires.audit(user, "QUESTIONNAIRE_ENTRY_REMOVED", questionnaire, "entry=" + entryId);
	}

	/**
	 * Submits the answers when every shown required question has one: answers of hidden
	 * questions are discarded and the rest frozen as a new revision.
	 */
	public SubmitOutcome submit(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		standing.requireEditor();
		Questionnaire questionnaire = this.questionnaires.exclusive(standing);
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
		this.questionnaires.audit(user, "QUESTIONNAIRE_SUBMITTED", questionnaire, "revision=" + number);
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

}
