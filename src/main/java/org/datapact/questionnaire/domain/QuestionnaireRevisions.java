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
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

	/** One page of the submitted revisions, newest first, with their reviews. */
	public ListPage<RevisionSummary> revisions(UUID projectId, CurrentUser user, PageQuery query) {
		Standing standing = this.access.of(projectId, user);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		Page<RevisionRepository.Listed> history = this.revisions.findListed(questionnaire.id(),
				query.pageable(Sort.unsorted()));
		Map<UUID, String> names = names(this.accounts, history.getContent(), Set.of());
		return ListPage.of(history, (revision) -> summary(revision, names));
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
				summary(revision.listed(), names(this.accounts, List.of(revision.listed()), Set.of())), template,
				RevisionJson.read(template, revision.answers()));
	}

	/**
	 * The names of the people who submitted and reviewed the revisions, and of others.
	 */
	static Map<UUID, String> names(UserAccounts accounts, Collection<RevisionRepository.Listed> history,
			Set<UUID> others) {
		Set<UUID> ids = new HashSet<>(others);
		history.forEach((revision) -> {
			ids.add(revision.submittedBy());
			if (revision.reviewedBy() != null) {
				ids.add(revision.reviewedBy());
			}
		});
		return ids.isEmpty() ? Map.of() : accounts.labels(ids);
	}

	static RevisionSummary summary(RevisionRepository.Listed revision, Map<UUID, String> names) {
		return new RevisionSummary(revision.number(), revision.submittedAt(),
				names.getOrDefault(revision.submittedBy(), "?"), revision.outcome(), revision.reviewedAt(),
				(revision.reviewedBy() != null) ? names.getOrDefault(revision.reviewedBy(), "?") : null,
				revision.reviewNote());
	}

	public record Comparison(ProjectSummary project, RevisionSummary before, RevisionSummary after,
			TemplateDefinition template, List<RevisionComparison.Line> lines) {

		public long changes() {
			return this.lines.stream().filter(RevisionComparison.Line::changed).count();
		}

	}

}
