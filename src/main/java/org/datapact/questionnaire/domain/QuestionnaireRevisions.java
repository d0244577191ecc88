package org.datapact.questionnaire.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectSummary;
import org.datapact.questionnaire.domain.QuestionnaireAccess.Standing;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted revisions of a questionnaire: the list, one revision exactly as it was
 * frozen, two side by side, and what an export contains. Every read of answers is
 * audited.
 */
@Service
@Transactional
public class QuestionnaireRevisions {

	private final QuestionnaireAccess access;

	private final ProjectQuestionnaires questionnaires;

	private final RevisionRepository revisions;

	private final AnswerStore answers;

	private final TemplateLibrary templates;

	private final UserAccounts accounts;

	QuestionnaireRevisions(QuestionnaireAccess access, ProjectQuestionnaires questionnaires,
			RevisionRepository revisions, AnswerStore answers, TemplateLibrary templates, UserAccounts accounts) {
		this.access = access;
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.answers = answers;
		this.templates = templates;
		this.accounts = accounts;
	}

	public List<RevisionSummary> revisions(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		List<Revision> history = this.revisions.findByQuestionnaireIdOrderByNumberDesc(questionnaire.id());
		Map<UUID, String> names = names(this.accounts, history, Set.of());
		return history.stream().map((revision) -> summary(revision, names)).toList();
	}

	/** One submitted revision, exactly as it was frozen. */
	public RevisionDetail revision(UUID projectId, CurrentUser user, int number) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		RevisionDetail detail = frozen(standing, questionnaire, number);
		this.questionnaires.audit(user, "QUESTIONNAIRE_REVISION_VIEWED", questionnaire, "revision=" + number);
		return detail;
	}

	/** Two revisions side by side, with the template they were answered on. */
	public Comparison compare(UUID projectId, CurrentUser user, int from, int to) {
		RevisionDetail before = revision(projectId, user, from);
		RevisionDetail after = revision(projectId, user, to);
		return new Comparison(after.project(), before.summary(), after.summary(), after.template(),
				RevisionComparison.compare(after.template(), before.answers(), after.answers()));
	}

	/**
	 * What an export contains: the named revision, else the latest one, else the answers
	 * that count now (hidden answers left out). Audited with its format.
	 */
	public RevisionDetail export(UUID projectId, CurrentUser user, Integer number, String format) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		RevisionDetail detail;
		if (number != null || questionnaire.revision() > 0) {
			detail = frozen(standing, questionnaire, (number != null) ? number : questionnaire.revision());
		}
		else {
			TemplateDefinition template = this.templates.definition(questionnaire.templateId());
			AnswerSet current = this.answers.load(questionnaire.id(), template).answers();
			detail = new RevisionDetail(standing.project(), null, template,
					Evaluation.of(template, current).visibleAnswers());
		}
		this.questionnaires.audit(user, "QUESTIONNAIRE_EXPORTED", questionnaire,
				"format=" + format + ((detail.summary() != null) ? " revision=" + detail.summary().number() : ""));
		return detail;
	}

	private RevisionDetail frozen(Standing standing, Questionnaire questionnaire, int number) {
		Revision revision = this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(), number)
			.orElseThrow(() -> new NotFoundException("QuestionnaireRevision", number));
		TemplateDefinition template = this.templates.definition(revision.templateId());
		return new RevisionDetail(standing.project(),
				summary(revision, names(this.accounts, List.of(revision), Set.of())), template,
				RevisionJson.read(template, revision.answers()));
	}

	/**
	 * The names of the people who submitted and reviewed the revisions, and of others.
	 */
	static Map<UUID, String> names(UserAccounts accounts, Collection<Revision> history, Set<UUID> others) {
		Set<UUID> ids = new HashSet<>(others);
		history.forEach((revision) -> {
			ids.add(revision.submittedBy());
			if (revision.review() != null) {
				ids.add(revision.review().reviewedBy());
			}
		});
		return ids.isEmpty() ? Map.of() : accounts.labels(ids);
	}

	static RevisionSummary summary(Revision revision, Map<UUID, String> names) {
		Revision.Review review = revision.review();
		return new RevisionSummary(revision.number(), revision.submittedAt(),
				names.getOrDefault(revision.submittedBy(), "?"), (review != null) ? review.outcome().name() : null,
				(review != null) ? review.reviewedAt() : null,
				(review != null) ? names.getOrDefault(review.reviewedBy(), "?") : null,
				(review != null) ? review.reviewNote() : null);
	}

	public record Comparison(ProjectSummary project, RevisionSummary before, RevisionSummary after,
			TemplateDefinition template, List<RevisionComparison.Line> lines) {

		public long changes() {
			return this.lines.stream().filter(RevisionComparison.Line::changed).count();
		}

	}

}
