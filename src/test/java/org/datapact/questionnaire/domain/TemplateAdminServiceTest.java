package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.UUID;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.DefinitionNotEditableException;
import org.datapact.definition.DefinitionStatus;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;
import org.datapact.definition.PublishOutcome;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.TemplateAdminService.ImportOutcome;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateExport;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateVersionRow;
import org.datapact.questionnaire.domain.TemplateEditor.Direction;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Template administration on real PostgreSQL: drafts, version numbers, one draft per
 * template, stale edits, publishing refused while a draft has problems, import and
 * export, the audit trail, and questionnaires keeping the version they started with.
 */
@IntegrationTest
@Import(QuestionnaireFixtures.class)
class TemplateAdminServiceTest {

	@Autowired
	TemplateAdminService templates;

	@Autowired
	TemplateLibrary library;

	@Autowired
	TemplateVersions versions;

	@Autowired
	TemplateVersionRepository repository;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	CurrentUser admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = this.fixtures.admin().current();
	}

	/** A small valid template under a key no other test uses. */
	static TemplateDefinition template(String key) {
		Question consent = TemplateEditorTests.question("consent", QuestionType.YES_NO_UNKNOWN, null);
		Question detail = TemplateEditorTests.question("detail", QuestionType.SHORT_TEXT,
				new DisplayCondition.Equals("consent", "yes"));
		return new TemplateDefinition(key, LocalizedText.of("Template " + key, "Modèle " + key),
				List.of(new Section("first", LocalizedText.of("First", "Premier"), null, List.of(consent, detail)),
						new Section("second", LocalizedText.of("Second", "Second"), null, List.of())));
	}

	static String freshKey() {
		return "t_" + Fixtures.unique().replace('-', '_');
	}

	/** A template published as version 1 through import and publish. */
	TemplateSummary publishedTemplate(String key) {
		TemplateSummary draft = imported(TemplateJson.write(template(key)));
		PublishOutcome outcome = this.templates.publish(this.admin, draft.id(), draft.lockVersion());
		assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
		return this.library.summary(draft.id());
	}

	TemplateSummary imported(String json) {
		ImportOutcome outcome = this.templates.importJson(this.admin, json);
		assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
		return ((ImportOutcome.Imported) outcome).draft();
	}

	static Question extra(String key) {
		return new Question(key, QuestionType.SHORT_TEXT, LocalizedText.of("Extra " + key, "En plus " + key), null,
				false, null, null, null, null);
	}

	List<String> auditActions(UUID versionId) {
		return this.jdbc.queryForList(
				"select action from audit_entry where entity_type = 'QuestionnaireTemplate' and entity_id = ? order by seq",
				String.class, versionId.toString());
	}

	@Test
	void aDraftIsPublishedAsTheNextVersionAndPublishedVersionsNeverChange() {
		String key = freshKey();
		TemplateSummary first = publishedTemplate(key);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(DefinitionStatus.PUBLISHED);
		assertThat(first.publishedBy()).isEqualTo(this.admin.id());
		assertThat(first.publishedAt()).isNotNull();
		assertThat(first.basedOn()).as("a new template starts from nothing").isNull();

		TemplateSummary draft = this.templates.createDraft(this.admin, first.id());
		assertThat(draft.status()).isEqualTo(DefinitionStatus.DRAFT);
		assertThat(draft.version()).isNull();
		assertThat(draft.basedOn()).isEqualTo(first.id());
		assertThat(this.library.definition(draft.id())).isEqualTo(this.library.definition(first.id()));

		TemplateSummary edited = this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.AddQuestion("second", null, extra("later")));
		assertThat(edited.lockVersion()).isGreaterThan(draft.lockVersion());
		assertThat(edited.questionCount()).isEqualTo(3);
		PublishOutcome second = this.templates.publish(this.admin, draft.id(), edited.lockVersion());
		assertThat(second).isEqualTo(new PublishOutcome.Published(draft.id(), 2));

		assertThat(this.library.definition(first.id()).question("later")).as("version 1 is unchanged").isEmpty();
		assertThat(this.library.definition(draft.id()).question("later")).isPresent();
		assertThat(this.library.latestPublished(key)).isEqualTo(draft.id());
		assertThatThrownBy(() -> this.templates.edit(this.admin, draft.id(), edited.lockVersion() + 1,
				new TemplateEdit.RemoveQuestion("later")))
			.isInstanceOf(DefinitionNotEditableException.class);
		assertThatThrownBy(
				() -> this.jdbc.update("update questionnaire_template set title = 'changed' where id = ?", first.id()))
			.as("the database refuses too")
			.isInstanceOf(DataAccessException.class);

		List<TemplateVersionRow> rows = this.templates.list(this.admin, PageQuery.firstOf(PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter((row) -> row.summary().templateKey().equals(key))
			.toList();
		assertThat(rows).extracting((row) -> row.summary().version()).containsExactly(2, 1);
		assertThat(rows).allSatisfy((row) -> assertThat(row.publishedBy()).contains(this.admin.username()));
		assertThat(rows).extracting(TemplateVersionRow::canDraft).containsExactly(true, true);

		TemplateSummary third = this.templates.createDraft(this.admin, draft.id());
		assertThat(this.templates.publish(this.admin, third.id(), third.lockVersion()))
			.isEqualTo(new PublishOutcome.Published(third.id(), 3));
	}

	@Test
	void aTemplateHasOneDraftAtATime() {
		TemplateSummary published = publishedTemplate(freshKey());
		TemplateSummary draft = this.templates.createDraft(this.admin, published.id());

		assertThatThrownBy(() -> this.templates.createDraft(this.admin, published.id()))
			.isInstanceOfSatisfying(InvalidRequestException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("template.draft.exists");
				assertThat(this.messages.getMessage(ex.messageKey(), null, java.util.Locale.FRENCH))
					.contains("déjà un brouillon");
			});
		assertThatThrownBy(() -> this.templates.createDraft(this.admin, draft.id()))
			.as("a draft is made from a published version")
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.draft.fromDraft"));
		assertThatThrownBy(() -> this.versions.saveNewDraft(this.library.definition(published.id()), published.id(),
				this.admin.id()))
			.as("the unique index refuses a second draft that slips past the check")
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.draft.exists"));

		this.templates.discard(this.admin, draft.id(), draft.lockVersion());
		assertThat(this.repository.findById(draft.id())).isEmpty();
		assertThat(this.templates.createDraft(this.admin, published.id()).status()).isEqualTo(DefinitionStatus.DRAFT);
	}

	@Test
	void anEditOnAStaleVersionOfTheDraftIsRefused() {
		TemplateSummary draft = this.templates.createDraft(this.admin, publishedTemplate(freshKey()).id());
		long read = draft.lockVersion();
		this.templates.edit(this.admin, draft.id(), read, new TemplateEdit.MoveQuestion("detail", Direction.UP));

		assertThatThrownBy(
				() -> this.templates.edit(this.admin, draft.id(), read, new TemplateEdit.CloneQuestion("consent")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.templates.publish(this.admin, draft.id(), read))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.templates.discard(this.admin, draft.id(), read))
			.isInstanceOf(OptimisticLockingFailureException.class);
		TemplateDefinition kept = this.library.definition(draft.id());
		assertThat(kept.question("consent_copy")).isEmpty();
		assertThat(kept.sections().get(0).questions()).extracting(Question::key).containsExactly("detail", "consent");
	}

	@Test
	void aRefusedEditChangesAndAuditsNothing() {
		TemplateSummary draft = this.templates.createDraft(this.admin, publishedTemplate(freshKey()).id());
		assertThatThrownBy(() -> this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.RemoveQuestion("consent")))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.questionInUse"));
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
		assertThat(auditActions(draft.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_DRAFTED");

		TemplateSummary unchanged = this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.MoveQuestion("consent", Direction.UP));
		assertThat(unchanged.lockVersion()).as("a move at the edge changes nothing").isEqualTo(draft.lockVersion());
		assertThat(auditActions(draft.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_DRAFTED");
	}

	@Test
	void publishingIsRefusedWhileTheDraftHasProblems() {
		TemplateSummary published = publishedTemplate(freshKey());
		TemplateSummary draft = this.templates.createDraft(this.admin, published.id());
		Question unlabelled = new Question("unlabelled", QuestionType.SINGLE_CHOICE, null, null, false, null, null,
				null, null);
		TemplateSummary edited = this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.AddQuestion("second", null, unlabelled));

		PublishOutcome outcome = this.templates.publish(this.admin, draft.id(), edited.lockVersion());
		assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Refused.class,
				(refused) -> assertThat(refused.problems()).extracting(Problem::path, Problem::messageKey)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple("second/unlabelled", "template.problem.labelMissing"),
							org.assertj.core.groups.Tuple.tuple("second/unlabelled", "template.problem.noOptions")));
		TemplateSummary still = this.library.summary(draft.id());
		assertThat(still.status()).isEqualTo(DefinitionStatus.DRAFT);
		assertThat(this.templates.view(this.admin, draft.id()).problems()).hasSize(2);

		TemplateSummary fixed = this.templates.edit(this.admin, draft.id(), still.lockVersion(),
				new TemplateEdit.RemoveQuestion("unlabelled"));
		assertThat(this.templates.publish(this.admin, draft.id(), fixed.lockVersion()))
			.as("the refused attempt used up no version number")
			.isEqualTo(new PublishOutcome.Published(draft.id(), 2));
	}

	@Test
	void anImportWithProblemsKeepsNothing() {
		String key = freshKey();
		ImportOutcome unreadable = this.templates.importJson(this.admin, "{\"key\": \"" + key + "\", \"sections\": [");
		assertThat(unreadable).isInstanceOfSatisfying(ImportOutcome.Refused.class,
				(refused) -> assertThat(refused.problems()).extracting(Problem::messageKey)
					.containsExactly("template.problem.unreadable"));

		TemplateDefinition untitled = new TemplateDefinition(key, null, template(key).sections());
		ImportOutcome invalid = this.templates.importJson(this.admin, TemplateJson.write(untitled));
		assertThat(invalid).isInstanceOfSatisfying(ImportOutcome.Refused.class,
				(refused) -> assertThat(refused.problems()).extracting(Problem::path, Problem::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "template.problem.titleMissing")));

		ImportOutcome badKey = this.templates.importJson(this.admin, TemplateJson.write(template("Not A Key")));
		assertThat(badKey).isInstanceOfSatisfying(ImportOutcome.Refused.class,
				(refused) -> assertThat(refused.problems()).extracting(Problem::path).containsExactly("key"));
		assertThat(this.templates.importJson(this.admin, "  ")).isInstanceOf(ImportOutcome.Refused.class);
		assertThat(this.templates.importJson(this.admin,
				"{\"key\":\"" + key + "\",\"x\":\"" + "a".repeat(1024 * 1024) + "\"}"))
			.isInstanceOfSatisfying(ImportOutcome.Refused.class,
					(refused) -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("template.import.tooLarge"));
		assertThat(this.jdbc.queryForObject("select count(*) from questionnaire_template where template_key = ?",
				Integer.class, key))
			.isZero();
	}

	@Test
	void aValidImportBecomesADraftOfANewTemplateOrOfAnExistingOneWithoutDraft() {
		String key = freshKey();
		TemplateSummary fresh = imported(TemplateJson.write(template(key)));
		assertThat(fresh.status()).isEqualTo(DefinitionStatus.DRAFT);
		assertThat(fresh.basedOn()).isNull();
		assertThat(auditActions(fresh.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_IMPORTED");

		ImportOutcome second = this.templates.importJson(this.admin, TemplateJson.write(template(key)));
		assertThat(second).as("while the template has a draft")
			.isInstanceOfSatisfying(ImportOutcome.Refused.class,
					(refused) -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("template.import.draftExists"));

		this.templates.publish(this.admin, fresh.id(), fresh.lockVersion());
		TemplateDefinition changed = TemplateEditor.addQuestion(template(key), "second", extra("imported"));
		TemplateSummary next = imported(TemplateJson.write(changed));
		assertThat(next.basedOn()).isEqualTo(fresh.id());
		assertThat(this.library.definition(next.id())).isEqualTo(changed);
		assertThat(this.templates.publish(this.admin, next.id(), next.lockVersion()))
			.isEqualTo(new PublishOutcome.Published(next.id(), 2));
	}

	@Test
	void anExportReadsBackAsTheSameTemplate() {
		String key = freshKey();
		TemplateSummary published = publishedTemplate(key);
		TemplateExport export = this.templates.export(this.admin, published.id());
		assertThat(export.fileName()).isEqualTo(key + "-v1.json");
		assertThat(TemplateJson.parse(export.json()).isValid()).isTrue();
		assertThat(TemplateJson.read(export.json())).isEqualTo(this.library.definition(published.id()));

		TemplateSummary draft = imported(export.json());
		assertThat(draft.templateKey()).isEqualTo(key);
		assertThat(this.library.definition(draft.id())).isEqualTo(this.library.definition(published.id()));
		assertThat(this.templates.export(this.admin, draft.id()).fileName()).isEqualTo(key + "-draft.json");
		assertThat(auditActions(published.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_IMPORTED",
				"QUESTIONNAIRE_TEMPLATE_PUBLISHED", "QUESTIONNAIRE_TEMPLATE_EXPORTED");
	}

	@Test
	void everyChangeIsAuditedWithWhatChanged() {
		TemplateSummary draft = this.templates.createDraft(this.admin, publishedTemplate(freshKey()).id());
		TemplateSummary edited = this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.CloneQuestion("detail"));
		this.templates.discard(this.admin, draft.id(), edited.lockVersion());
		assertThat(auditActions(draft.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_DRAFTED",
				"QUESTIONNAIRE_TEMPLATE_EDITED", "QUESTIONNAIRE_TEMPLATE_DISCARDED");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_entry where entity_id = ? and action = 'QUESTIONNAIRE_TEMPLATE_EDITED'",
				String.class, draft.id().toString()))
			.isEqualTo("question cloned: detail");
		assertThat(this.jdbc.queryForObject(
				"select actor_id from audit_entry where entity_id = ? and action = 'QUESTIONNAIRE_TEMPLATE_DISCARDED'",
				UUID.class, draft.id().toString()))
			.isEqualTo(this.admin.id());
	}

	@Test
	void onlyAdminsManageTemplates() {
		TemplateSummary published = publishedTemplate(freshKey());
		TemplateSummary draft = this.templates.createDraft(this.admin, published.id());
		UUID partnerOrganisation = this.fixtures.partner();
		for (TestUser user : List.of(this.fixtures.scoper(),
				this.fixtures.user(partnerOrganisation, org.datapact.shared.Role.PARTNER),
				this.fixtures.user(this.fixtures.operator(), org.datapact.shared.Role.VOLUNTEER))) {
			CurrentUser someone = user.current();
			List<Runnable> calls = List.of(() -> this.templates.authorise(someone),
					() -> this.templates.list(someone, PageQuery.firstOf(20)),
					() -> this.templates.view(someone, published.id()),
					() -> this.templates.createDraft(someone, published.id()),
					() -> this.templates.edit(someone, draft.id(), draft.lockVersion(),
							new TemplateEdit.CloneQuestion("detail")),
					() -> this.templates.publish(someone, draft.id(), draft.lockVersion()),
					() -> this.templates.discard(someone, draft.id(), draft.lockVersion()),
					() -> this.templates.importJson(someone, TemplateJson.write(template(freshKey()))),
					() -> this.templates.export(someone, published.id()));
			for (Runnable call : calls) {
				assertThatThrownBy(call::run).as(user.roles().toString()).isInstanceOf(ForbiddenException.class);
			}
		}
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
		assertThat(auditActions(draft.id())).containsExactly("QUESTIONNAIRE_TEMPLATE_DRAFTED");
	}

	@Test
	void aQuestionnaireKeepsTheVersionItStartedWithWhenTheNextIsPublished() {
		discardDefaultDraft();
		Team started = this.questionnaireFixtures.team();
		QuestionnaireView before = this.questionnaires.open(started.projectId(), started.partner().current());
		UUID current = this.library.latestPublished(TemplateLibrary.DEFAULT_KEY);
		assertThat(before.templateId()).isEqualTo(current);
		this.questionnaireFixtures.answer(started, null, "org_name", "Hope Relief");

		String added = "q_" + Fixtures.unique().replace('-', '_');
		TemplateSummary draft = this.templates.createDraft(this.admin, current);
		String lastSection = this.library.definition(current)
			.sections()
			.get(this.library.definition(current).sections().size() - 1)
			.key();
		TemplateSummary edited = this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new TemplateEdit.AddQuestion(lastSection, null, extra(added)));
		PublishOutcome outcome = this.templates.publish(this.admin, draft.id(), edited.lockVersion());
		assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Published.class,
				(published) -> assertThat(published.version()).isEqualTo(this.library.summary(current).version() + 1));

		QuestionnaireView after = this.questionnaires.open(started.projectId(), started.partner().current());
		assertThat(after.templateId()).isEqualTo(current);
		assertThat(after.template().question(added)).isEmpty();
		assertThat(after.answers().get("org_name")).isEqualTo("Hope Relief");

		Team later = this.questionnaireFixtures.team();
		QuestionnaireView fresh = this.questionnaires.open(later.projectId(), later.partner().current());
		assertThat(fresh.templateId()).isEqualTo(draft.id());
		assertThat(fresh.template().question(added)).isPresent();
	}

	/** A draft of the default template left by an earlier run on a kept database. */
	private void discardDefaultDraft() {
		this.versions.draftOf(TemplateLibrary.DEFAULT_KEY)
			.ifPresent((draft) -> this.templates.discard(this.admin, draft.id(), draft.lockVersion()));
	}

}
