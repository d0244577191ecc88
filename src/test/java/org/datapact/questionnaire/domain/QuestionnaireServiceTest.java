package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.QuestionnaireStatus;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(QuestionnaireFixtures.class)
class QuestionnaireServiceTest {

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	Clarifications clarifications;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	QuestionnaireRevisions revisions;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Team team;

	@BeforeEach
	void team() {
		this.team = this.questionnaireFixtures.team();
	}

	@Test
	void aNewQuestionnaireStartsOnTheLatestPublishedTemplateAndOnlyProjectPartnerStaffMayEdit() {
		QuestionnaireView partner = this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		assertThat(partner.status()).isEqualTo(QuestionnaireStatus.IN_PROGRESS);
		assertThat(partner.template().key()).isEqualTo(TemplateLibrary.DEFAULT_KEY);
		assertThat(partner.canEdit()).isTrue();
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.scoper().current()).canEdit()).isFalse();
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.volunteer().current()).canEdit())
			.isFalse();
	}

	@Test
	void answersAreVersionedOneByOneAndAStaleVersionIsAConflictNamingTheirAnswer() {
		SaveOutcome.Saved first = this.questionnaireFixtures.answer(this.team, null, "org_name", "Hope Relief");
		assertThat(first.version()).isEqualTo(1);
		SaveOutcome stale = this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
				new AnswerInput(null, "org_name", List.of("Mine"), 0));
		assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class, (conflict) -> {
			assertThat(conflict.currentValue()).isEqualTo("Hope Relief");
			assertThat(conflict.currentVersion()).isEqualTo(1);
			assertThat(conflict.changedBy()).contains(this.team.partner().username());
		});
		SaveOutcome again = this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
				new AnswerInput(null, "org_name", List.of("Mine"), 1));
		assertThat(again).isInstanceOfSatisfying(SaveOutcome.Saved.class,
				(saved) -> assertThat(saved.version()).isEqualTo(2));
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.partner().current())
			.answers()
			.get("org_name")).isEqualTo("Mine");
	}

	@Test
	void twoPeopleSavingTheSameNewAnswerAtOnceYieldOneSaveAndOneConflict() throws Exception {
		this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SaveOutcome>> results = new ArrayList<>();
		for (String value : List.of("first", "second")) {
			Callable<SaveOutcome> save = () -> {
				start.await();
				return this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
						new AnswerInput(null, "respondent_role", List.of(value), 0));
			};
			results.add(pool.submit(save));
		}
		start.countDown();
		List<SaveOutcome> outcomes = new ArrayList<>();
		for (Future<SaveOutcome> result : results) {
			outcomes.add(result.get());
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(SaveOutcome.Conflict.class::isInstance).hasSize(1);
	}

	@Test
	void badInputOnEveryQuestionTypeIsRefusedWithItsReasonAndNothingSaved() {
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		assertRejected(null, "sec_two_factor", List.of("maybe"), "questionnaire.answer.invalidChoice");
		assertRejected(null, "org_type", List.of("bank"), "questionnaire.answer.invalidChoice");
		assertRejected(null, "org_type", List.of("ngo", "other"), "questionnaire.answer.oneValue");
		assertRejected(null, "legal_laws", List.of("gdpr", "none"), "questionnaire.answer.noneWithOthers");
		assertRejected(null, "legal_laws", List.of("gdpr", "martian_law"), "questionnaire.answer.invalidChoice");
		assertRejected(null, "org_name", List.of("x".repeat(501)), "questionnaire.answer.tooLong");
		assertRejected(null, "sec_notes", List.of("x".repeat(10_001)), "questionnaire.answer.tooLong");
		assertRejected(null, "org_staff_count", List.of("twelve"), "questionnaire.answer.number");
		assertRejected(null, "org_staff_count", List.of("1e9"), "questionnaire.answer.number");
		assertRejected(null, "org_staff_count", List.of("2.5"), "questionnaire.answer.wholeNumber");
		assertRejected(null, "org_staff_count", List.of("-1"), "questionnaire.answer.range");
		assertRejected(null, "org_staff_count", List.of("100001"), "questionnaire.answer.range");
		assertRejected(entry, "delete_by", List.of("31/12/2026"), "questionnaire.answer.date");
		assertRejected(entry, "delete_by", List.of("2026-02-30"), "questionnaire.answer.date");
		assertRejected(entry, "delete_by", List.of("0001-01-01"), "questionnaire.answer.dateRange");
		assertRejected(null, "org_country", List.of("XX"), "questionnaire.answer.country");
		assertRejected(null, "no_such_question", List.of("x"), "questionnaire.answer.unknownQuestion");
		assertRejected(null, "datasets", List.of("x"), "questionnaire.answer.unknownQuestion");
		assertRejected(null, "delete_by", List.of("2026-01-01"), "questionnaire.answer.unknownEntry");
		assertRejected(UUID.randomUUID(), "delete_by", List.of("2026-01-01"), "questionnaire.answer.unknownEntry");
		assertRejected(entry, "org_name", List.of("x"), "questionnaire.answer.unknownEntry");
		QuestionnaireView view = this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		assertThat(view.answers().answers()).isEmpty();
		assertThat(view.answers().entries("datasets").get(0).answers()).isEmpty();
	}

	@Test
	void inputIsNormalisedIntoTypedAnswers() {
		this.questionnaireFixtures.answer(this.team, null, "org_staff_count", " 1 200 ");
		this.questionnaireFixtures.answer(this.team, null, "org_name", "Hope\u0000 Relief ");
		this.questionnaireFixtures.answer(this.team, null, "legal_laws", "sector_rules", "gdpr", "gdpr");
		this.questionnaireFixtures.answer(this.team, null, "org_country", "ke");
		AnswerSet answers = this.questionnaires.open(this.team.projectId(), this.team.partner().current()).answers();
		assertThat(answers.get("org_staff_count")).isEqualTo(new java.math.BigDecimal("1200"));
		assertThat(answers.get("org_name")).isEqualTo("Hope Relief");
		assertThat(answers.get("legal_laws")).isEqualTo(List.of("gdpr", "sector_rules"));
		assertThat(answers.get("org_country")).isEqualTo("KE");
	}

	private void assertRejected(UUID entry, String key, List<String> values, String messageKey) {
		SaveOutcome outcome = this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
				new AnswerInput(entry, key, values, 0));
		assertThat(outcome).as(key + " " + values)
			.isInstanceOfSatisfying(SaveOutcome.Rejected.class,
					(rejected) -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
	}

	@Test
	void submittingListsEveryMissingRequiredAnswerIncludingThoseInsideDatasets() {
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		SubmitOutcome outcome = this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Incomplete.class, (incomplete) -> {
			assertThat(incomplete.missing()).extracting(Evaluation.Missing::questionKey)
				.contains("org_name", "sec_two_factor", "legal_laws", "host_partner_hosts", "minimisation_confirmed")
				.doesNotContain("sec_two_factor_scope", "smallest_count", "sec_notes");
			assertThat(incomplete.missing()).filteredOn((gap) -> entry.equals(gap.entryId()))
				.extracting(Evaluation.Missing::questionKey)
				.contains("name", "direct_identifiers", "delete_by");
		});
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.partner().current()).status())
			.isEqualTo(QuestionnaireStatus.IN_PROGRESS);
	}

	@Test
	void answersHiddenByAConditionAreDiscardedOnSubmitAndNeverInTheRevision() {
		this.questionnaireFixtures.answer(this.team, null, "sec_two_factor", "yes");
		this.questionnaireFixtures.answer(this.team, null, "sec_two_factor_scope", "email", "databases");
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		this.questionnaireFixtures.answer(this.team, entry, "aggregation", "aggregated");
		this.questionnaireFixtures.answer(this.team, entry, "smallest_count", "3");
		SaveOutcome.Saved hiding = this.questionnaireFixtures.answer(this.team, null, "sec_two_factor", "no");
		assertThat(hiding.evaluation().isShown("sec_two_factor_scope")).isFalse();
		this.questionnaireFixtures.answer(this.team, entry, "aggregation", "record_level");
		this.questionnaireFixtures.completeAll(this.team, 1);

		SubmitOutcome outcome = this.questionnaires.submit(this.team.projectId(), this.team.partner().current());

		assertThat(outcome).isInstanceOf(SubmitOutcome.Submitted.class);
		RevisionDetail revision = this.revisions.revision(this.team.projectId(), this.team.scoper().current(), 1);
		assertThat(revision.answers().answers()).containsKey("sec_two_factor")
			.doesNotContainKey("sec_two_factor_scope");
		assertThat(revision.answers().entries("datasets").get(0).answers()).containsKey("aggregation")
			.doesNotContainKey("smallest_count");
		assertThat(this.jdbc
			.sql("select count(*) from questionnaire_answer a join questionnaire q on q.id = a.questionnaire_id"
					+ " where q.project_id = ? and a.question_key in ('sec_two_factor_scope', 'smallest_count')")
			.param(this.team.projectId())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.revisions.export(this.team.projectId(), this.team.partner().current(), null, "json")
			.answers()
			.answers()).doesNotContainKey("sec_two_factor_scope");
	}

	@Test
	void aSubmittedRevisionIsFrozenUntilAScoperReturnsItAndAResubmissionIsANewRevision() {
		this.questionnaireFixtures.completeAll(this.team, 2);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		assertThatThrownBy(() -> this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
				new AnswerInput(null, "org_name", List.of("Changed"), 1)))
			.isInstanceOf(QuestionnaireStateException.class);
		assertThatThrownBy(() -> this.questionnaires.submit(this.team.projectId(), this.team.partner().current()))
			.isInstanceOf(QuestionnaireStateException.class);
		assertThatThrownBy(
				() -> this.review.returnForChanges(this.team.projectId(), this.team.scoper().current(), "  "))
			.isInstanceOf(InvalidRequestException.class);

		this.review.returnForChanges(this.team.projectId(), this.team.scoper().current(),
				"Please name the organisation in full.");
		QuestionnaireView returned = this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		assertThat(returned.status()).isEqualTo(QuestionnaireStatus.RETURNED);
		assertThat(returned.canEdit()).isTrue();
		assertThat(returned.latestRevision().reviewNote()).isEqualTo("Please name the organisation in full.");
		this.questionnaireFixtures.answer(this.team, null, "org_name", "Hope Relief International");
		assertThat(this.questionnaires.submit(this.team.projectId(), this.team.partner().current()))
			.isEqualTo(new SubmitOutcome.Submitted(2));

		QuestionnaireRevisions.Comparison comparison = this.revisions.compare(this.team.projectId(),
				this.team.scoper().current(), 1, 2);
		assertThat(comparison.lines()).filteredOn(RevisionComparison.Line::changed)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.question().key()).isEqualTo("org_name");
				assertThat(line.after()).isEqualTo("Hope Relief International");
			});

		this.review.accept(this.team.projectId(), this.team.scoper().current());
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.partner().current()).status())
			.isEqualTo(QuestionnaireStatus.ACCEPTED);
		assertThatThrownBy(() -> this.review.accept(this.team.projectId(), this.team.scoper().current()))
			.isInstanceOf(QuestionnaireStateException.class);
	}

	@Test
	void clarificationsAreAskedByScopersAnsweredByPartnerStaffAndClosedByScopers() {
		assertThatThrownBy(() -> this.clarifications.ask(this.team.projectId(), this.team.scoper().current(),
				"org_name", null, "Before any submission?"))
			.isInstanceOf(QuestionnaireStateException.class);
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		UUID entry = this.questionnaires.open(this.team.projectId(), this.team.scoper().current())
			.answers()
			.entries("datasets")
			.get(0)
			.id();
		assertThatThrownBy(() -> this.clarifications.ask(this.team.projectId(), this.team.partner().current(),
				"org_name", null, "Partners do not ask"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.clarifications.ask(this.team.projectId(), this.team.scoper().current(),
				"record_count", null, "Which dataset?"))
			.isInstanceOf(InvalidRequestException.class);
		UUID clarification = this.clarifications.ask(this.team.projectId(), this.team.scoper().current(),
				"record_count", entry, "Is this the number of households or people?");
		this.clarifications.reply(this.team.projectId(), this.team.partner().current(), clarification, "Households.");
		assertThatThrownBy(() -> this.clarifications.reply(this.team.projectId(), this.team.volunteer().current(),
				clarification, "Volunteers only read"))
			.isInstanceOf(ForbiddenException.class);
		this.clarifications.resolve(this.team.projectId(), this.team.scoper().current(), clarification);
		assertThatThrownBy(() -> this.clarifications.reply(this.team.projectId(), this.team.partner().current(),
				clarification, "Too late"))
			.isInstanceOf(QuestionnaireStateException.class);

		QuestionnaireView view = this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		assertThat(view.clarificationsOn(entry, "record_count")).singleElement().satisfies((thread) -> {
			assertThat(thread.open()).isFalse();
			assertThat(thread.messages()).extracting(ClarificationView.Message::body)
				.containsExactly("Is this the number of households or people?", "Households.");
		});
	}

	@Test
	void otherOrganisationsAndNonMembersCannotReachTheQuestionnaireAtAll() {
		Fixtures.TestUser stranger = this.fixtures.user(this.fixtures.partner(), org.datapact.shared.Role.PARTNER);
		for (Fixtures.TestUser outsider : List.of(stranger, this.team.colleague())) {
			assertThatThrownBy(() -> this.questionnaires.open(this.team.projectId(), outsider.current()))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.questionnaires.save(this.team.projectId(), outsider.current(),
					new AnswerInput(null, "org_name", List.of("x"), 0)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.revisions.export(this.team.projectId(), outsider.current(), null, "pdf"))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(
					() -> this.questionnaires.addEntry(this.team.projectId(), outsider.current(), "datasets"))
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> this.questionnaires.save(this.team.projectId(), this.team.scoper().current(),
				new AnswerInput(null, "org_name", List.of("x"), 0)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.questionnaires.submit(this.team.projectId(), this.team.volunteer().current()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.review.accept(this.team.projectId(), this.team.partner().current()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anEntryOfAnotherQuestionnaireCannotBeRemovedOrAnswered() {
		Team other = this.questionnaireFixtures.team();
		UUID foreign = this.questionnaires.addEntry(other.projectId(), other.partner().current(), "datasets");
		assertThatThrownBy(
				() -> this.questionnaires.removeEntry(this.team.projectId(), this.team.partner().current(), foreign))
			.isInstanceOf(NotFoundException.class);
		assertRejected(foreign, "name", List.of("Hijack"), "questionnaire.answer.unknownEntry");
		assertThat(this.questionnaires.open(other.projectId(), other.partner().current()).answers().entries("datasets"))
			.hasSize(1);
	}

	@Test
	void everyChangeAndReadIsAudited() {
		this.questionnaireFixtures.answer(this.team, null, "org_name", "Audited");
		List<String> actions = this.jdbc
			.sql("select action from audit_entry where entity_type = 'Questionnaire' and actor_id = ? order by seq")
			.param(this.team.partner().id())
			.query(String.class)
			.list();
		assertThat(actions).contains("QUESTIONNAIRE_VIEWED", "QUESTIONNAIRE_ANSWER_SAVED");
	}

}
