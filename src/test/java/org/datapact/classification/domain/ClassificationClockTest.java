package org.datapact.classification.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.ContextDeclaration;
import org.datapact.classification.ReviewItem;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ContextService.ContextCommand;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.support.IntegrationTest;
import org.datapact.support.MutableClock;
import org.datapact.support.TestDatabaseInitializer;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Time that moves by itself, with a clock the test moves: a context applies on its start
 * date and stops on its end date (projects re-run, marked, scopers mailed through a real
 * SMTP server), review-by dates that pass are mailed to the scopers and a week later to
 * the administrators, and every mark and overdue review can be cleared.
 */
@IntegrationTest
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import({ QuestionnaireFixtures.class, MutableClock.Configuration.class })
class ClassificationClockTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final String STARTED_SUBJECT = "A change of context calls for re-assessing a project";

	private static final String ENDED_SUBJECT = "A change of context ended: re-assess a project";

	@Autowired
	ContextService contexts;

	@Autowired
	ContextTransitions transitions;

	@Autowired
	ReviewReminders reminders;

	@Autowired
	ClassificationReviews scoperReviews;

	@Autowired
	ClassificationService classifications;

	@Autowired
	ReviewQueue reviews;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Team team;

	@BeforeEach
	void team() {
		this.team = this.questionnaireFixtures.team();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aContextThatStartsLaterAppliesOnItsDateOnceAndMailsTheScopers() throws Exception {
		moveTo("NR");
		submit();
		LocalDate today = this.classifications.today();
		ContextDeclaration declared = this.contexts.declare(this.team.admin().current(), new ContextCommand("NR",
				"active_conflict", "Fighting expected after the elections", today.plusDays(10), null));

		assertThat(declared.projectsMarked()).as("nothing is marked before the start date").isZero();
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();
		assertThat(current().contexts()).as("not applied at once").isEmpty();
		assertThat(current().trigger()).isEqualTo(RunTrigger.SUBMITTED);

		this.clock.advance(Duration.ofDays(9));
		applyAllDue();
		assertThat(current().contexts()).as("the day before").isEmpty();
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();

		this.clock.advance(Duration.ofDays(1));
		applyAllDue();
		StoredClassification started = current();
		assertThat(started.trigger()).isEqualTo(RunTrigger.CONTEXT);
		assertThat(started.actorId()).as("the system ran it").isNull();
		assertThat(started.contexts()).containsExactly("active_conflict");
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isTrue();
		await().atMost(WAIT).until(() -> !mailsAbout(STARTED_SUBJECT).isEmpty());
		assertThat(mailsAbout(STARTED_SUBJECT)).singleElement()
			.satisfies((mail) -> assertThat((String) mail.getContent()).contains("active_conflict"));

		// applied once: a second run (or a second instance) changes nothing more
		applyAllDue();
		assertThat(current().runId()).isEqualTo(started.runId());
		assertThat(marks()).isEqualTo(1);
	}

	@Test
	void aContextStopsApplyingOnItsEndDateAndAProjectWithNothingSubmittedIsClearedThen() throws Exception {
		moveTo("PW");
		submit();
		Team unsubmitted = this.questionnaireFixtures.team();
		moveTo(unsubmitted, "PW");
		LocalDate today = this.classifications.today();
		assertThatThrownBy(() -> this.contexts.declare(this.team.admin().current(),
				new ContextCommand("PW", "persecution", "Ends the day it starts", today, today)))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("effectiveTo"));
		this.contexts.declare(this.team.admin().current(),
				new ContextCommand("PW", "persecution", "Arrests of a minority's leaders", today, today.plusDays(5)));
		assertThat(current().contexts()).containsExactly("persecution");
		assertThat(this.reviews.markedForReassessment(unsubmitted.projectId())).isTrue();
		// the scoper settles the start by running the classification again
		this.classifications.runOnDemand(this.team.scoper().current(), this.team.projectId());
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();

		this.clock.advance(Duration.ofDays(4));
		applyAllDue();
		assertThat(current().contexts()).as("still in force the day before its end").containsExactly("persecution");

		this.clock.advance(Duration.ofDays(1));
		applyAllDue();
		StoredClassification ended = current();
		assertThat(ended.trigger()).isEqualTo(RunTrigger.CONTEXT);
		assertThat(ended.contexts()).as("no longer applies on its end date").isEmpty();
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isTrue();
		await().atMost(WAIT).until(() -> !mailsAbout(ENDED_SUBJECT).isEmpty());
		assertThat(mailsAbout(ENDED_SUBJECT)).singleElement()
			.satisfies((mail) -> assertThat((String) mail.getContent()).contains("persecution"));
		assertThat(this.reviews.markedForReassessment(unsubmitted.projectId()))
			.as("nothing submitted: the mark ends with the context")
			.isFalse();
		assertThat(this.jdbc
			.sql("select clear_reason from classification_reassessment where project_id = ? and cleared_at is not null")
			.param(unsubmitted.projectId())
			.query(String.class)
			.list()).containsExactly("CONTEXT_ENDED");
	}

	@Test
	void aScoperClearsAReassessmentMarkWithANote() {
		moveTo("KI");
		LocalDate today = this.classifications.today();
		this.contexts.declare(this.team.admin().current(),
				new ContextCommand("KI", "active_conflict", "Unrest in the capital", today, null));
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).as("marked though nothing was submitted")
			.isTrue();

		assertThatThrownBy(() -> this.scoperReviews.clearReassessment(this.team.partner().current(),
				this.team.projectId(), "Not ours to say"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.scoperReviews.clearReassessment(this.team.scoper().current(), this.team.projectId(), "  "))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.reassessment.note.required"));
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isTrue();

		assertThat(this.scoperReviews.clearReassessment(this.team.scoper().current(), this.team.projectId(),
				"The project works only on the islands' water supply"))
			.isEqualTo(1);
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();
		assertThat(this.jdbc
			.sql("select clear_reason || ':' || clear_note from classification_reassessment where project_id = ?")
			.param(this.team.projectId())
			.query(String.class)
			.list()).containsExactly("NOTE:The project works only on the islands' water supply");
		assertThat(this.scoperReviews.clearReassessment(this.team.scoper().current(), this.team.projectId(), "Again"))
			.as("nothing left to clear")
			.isZero();
	}

	@Test
	void passedReviewByDatesAreMailedToScopersThenAdminsAndEndWithAReviewedNoChange() throws Exception {
		submit();
		StoredClassification result = current();
		LocalDate reviewBy = result.reviewBy();

		this.clock.set(reviewBy.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600));
		remindAll();
		assertThat(mailsAbout("A classification is due for review")).as("not passed on the day itself").isEmpty();

		this.clock.advance(Duration.ofDays(1));
		remindAll();
		await().atMost(WAIT).until(() -> !mailsAbout("A classification is due for review").isEmpty());
		assertThat(mailsAbout("A classification is due for review")).singleElement()
			.satisfies((mail) -> assertThat((String) mail.getContent()).contains(reviewBy.toString()));
		assertThat(overdue(this.team.scoper().current())).as("listed on the scopers' dashboard").isTrue();
		assertThat(adminMails()).as("the administrators wait a week").isEmpty();
		remindAll();
		assertThat(mailsAbout("A classification is due for review")).as("mailed once").hasSize(1);

		this.clock.advance(Duration.ofDays(7));
		remindAll();
		await().atMost(WAIT).until(() -> !adminMails().isEmpty());
		assertThat(adminMails()).singleElement()
			.satisfies((mail) -> assertThat((String) mail.getContent()).contains(projectTitle()));
		remindAll();
		assertThat(adminMails()).as("told once").hasSize(1);

		assertThatThrownBy(
				() -> this.scoperReviews.reviewedWithoutChange(this.team.scoper().current(), this.team.projectId(), ""))
			.isInstanceOf(InvalidRequestException.class);
		StoredClassification kept = this.scoperReviews.reviewedWithoutChange(this.team.scoper().current(),
				this.team.projectId(), "Datasets and context unchanged since the last run");
		assertThat(kept.runId()).as("no new run").isEqualTo(result.runId());
		assertThat(kept.reviewBy()).isEqualTo(this.classifications.today().plus(Period.ofMonths(3)));
		assertThat(kept.overdueOn(this.classifications.today())).isFalse();
		assertThat(overdue(this.team.scoper().current())).as("off the dashboard").isFalse();
		assertThat(this.jdbc.sql("select note from classification_review where project_id = ?")
			.param(this.team.projectId())
			.query(String.class)
			.list()).containsExactly("Datasets and context unchanged since the last run");
	}

	private void applyAllDue() {
		this.transitions.applyDue();
	}

	private void remindAll() {
		this.reminders.remindDue();
	}

	private void moveTo(String country) {
		moveTo(this.team, country);
	}

	private void moveTo(Team team, String country) {
		ProjectView project = this.projects.get(team.admin().current(), team.projectId());
		this.projects.update(team.admin().current(), project.id(), project.version(),
				new ProjectCommand(project.organisationId(), project.title(), project.purpose(), country,
						project.startDate(), project.endDate()));
	}

	private void submit() {
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
	}

	private StoredClassification current() {
		return this.classifications.current(this.team.projectId()).orElseThrow();
	}

	private String projectTitle() {
		return this.projects.get(this.team.admin().current(), this.team.projectId()).title();
	}

	private long marks() {
		return this.jdbc.sql("select count(*) from classification_reassessment where project_id = ?")
			.param(this.team.projectId())
			.query(Long.class)
			.single();
	}

	private List<MimeMessage> mailsAbout(String subject) {
		return TestMailServer.mailsTo(this.team.scoper().username() + "@example.org")
			.stream()
			.filter((mail) -> subject(mail).equals(subject))
			.toList();
	}

	private List<MimeMessage> adminMails() {
		return TestMailServer.mailsTo(this.team.admin().username() + "@example.org")
			.stream()
			.filter((mail) -> subject(mail).equals("Classification reviews a week overdue"))
			.filter((mail) -> content(mail).contains(projectTitle()))
			.toList();
	}

	private boolean overdue(CurrentUser viewer) {
		List<ReviewItem> all = new ArrayList<>();
		ListPage<ReviewItem> page = this.reviews.needingAttention(viewer, PageQuery.firstOf(PageQuery.MAX_SIZE));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = this.reviews.needingAttention(viewer,
					new PageQuery(page.page() + 1, PageQuery.MAX_SIZE, null, false));
			all.addAll(page.items());
		}
		return all.stream().anyMatch((item) -> item.projectId().equals(this.team.projectId()) && item.overdue());
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(MimeMessage mail) {
		try {
			return (String) mail.getContent();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
