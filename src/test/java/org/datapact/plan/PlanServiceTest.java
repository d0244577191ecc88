package org.datapact.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.PlanView;
import org.datapact.plan.domain.Prefill;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionSave;
import org.datapact.plan.domain.SectionView;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.Role;
import org.datapact.shared.text.Markdown;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan on real PostgreSQL: started and prefilled when the questionnaire is accepted,
 * co-written section by section without a stale save ever overwriting anyone, behind the
 * project's tenancy.
 */
@LiveServerTest
class PlanServiceTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	PlanService plans;

	@Autowired
	FocalPointService focalPoints;

	@Autowired
	JdbcClient jdbc;

	Team team;

	@BeforeEach
	void acceptedQuestionnaire() {
		this.team = new PlanFixtures(new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires),
				this.questionnaires, this.review)
			.acceptedTeam(2);
	}

	@Test
	void acceptingTheQuestionnaireStartsThePlanWithTheShippedSectionsAndItsGeneratedParts() {
		PlanView plan = this.plans.view(this.team.projectId(), this.team.partner().current());
		assertThat(plan.sections()).extracting(SectionView::key)
			.containsExactly("parties", "datasets", "classification", "legal", "hosting", "security_measures", "access",
					"sharing", "retention", "incident_response", "review");
		assertThat(plan.sections()).allSatisfy((s) -> {
			assertThat(s.version()).isZero();
			assertThat(s.updatedBy()).isNull();
			assertThat(s.title().has("en")).isTrue();
			assertThat(s.title().has("fr")).isTrue();
		});
		assertThat(plan.section("datasets").orElseThrow().prefill()).isEqualTo(Prefill.DATASETS);
		assertThat(plan.section("incident_response").orElseThrow().body()).contains("72");
		assertThat(plan.canEdit()).isTrue();
		assertThat(plan.generated().questionnaireAccepted()).isTrue();
		assertThat(plan.generated().datasets()).hasSize(2).allSatisfy((d) -> assertThat(d.name()).isNotBlank());
		assertThat(plan.generated().classification()).isNotNull();
		assertThat(plan.generated().classification().datasets()).hasSize(2);
		assertThat(plan.generated().datasets()).allSatisfy((d) -> assertThat(d.level()).isNotNull());
		assertThat(plan.generated().contacts().partnerName()).isNotBlank();
		assertThat(plan.generated().contacts().scopers()).hasSize(1);
		// accepting again (after a return and a new submission) keeps the plan that
		// people write
		UUID planId = plan.planId();
		assertThat(this.plans.start(this.team.projectId(), java.util.Locale.ENGLISH)).isEqualTo(planId);
	}

	@Test
	void focalPointsAreTheCurrentHoldersWhenThePlanIsReadSoAHandoverNeedsNoPlanEdit() {
		PlanView before = this.plans.view(this.team.projectId(), this.team.scoper().current());
		assertThat(before.generated().contacts().focalPoints())
			.filteredOn((fp) -> fp.role() == FocalPointRole.PRIMARY
					&& fp.organisationName().equals(before.project().organisationName()))
			.singleElement()
			.satisfies((fp) -> assertThat(fp.vacant()).isTrue());
		this.focalPoints.appoint(this.team.admin().current(), this.team.organisationId(), FocalPointRole.PRIMARY,
				new ContactDetailsInput("Wanjiru Kamau", "Data protection officer", "+254700000001",
						"wanjiru@example.org", null, "en", null));
		PlanView after = this.plans.view(this.team.projectId(), this.team.scoper().current());
		assertThat(after.generated().contacts().focalPoints())
			.filteredOn((fp) -> fp.role() == FocalPointRole.PRIMARY
					&& fp.organisationName().equals(after.project().organisationName()))
			.singleElement()
			.satisfies((fp) -> assertThat(fp.name()).isEqualTo("Wanjiru Kamau"));
		assertThat(after.sections()).allSatisfy((s) -> assertThat(s.version()).isZero());
	}

	@Test
	void aSaveBasedOnAStaleVersionWritesNothingAndAnswersWithWhatAMergeNeeds() {
		UUID project = this.team.projectId();
		SaveOutcome first = this.plans.save(project, "hosting", new SectionSave("Partner-hosted.\n", 0),
				this.team.partner().current());
		assertThat(first).isInstanceOfSatisfying(SaveOutcome.Saved.class, (s) -> assertThat(s.version()).isEqualTo(1));
		SaveOutcome stale = this.plans.save(project, "hosting", new SectionSave("Hosted by DataPact.\n", 0),
				this.team.scoper().current());
		assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class, (c) -> {
			assertThat(c.current()).isEqualTo("Partner-hosted.\n");
			assertThat(c.currentVersion()).isEqualTo(1);
			assertThat(c.currentAuthor()).isEqualTo(this.team.partner().id());
			assertThat(c.currentAuthorName()).contains(this.team.partner().username());
			assertThat(c.mine()).isEqualTo("Hosted by DataPact.\n");
			assertThat(c.base()).isEmpty();
		});
		SectionView section = this.plans.section(project, "hosting", this.team.volunteer().current());
		assertThat(section.body()).isEqualTo("Partner-hosted.\n");
		assertThat(section.version()).isEqualTo(1);
		assertThat(revisions(project, "hosting")).isEqualTo(2);
		assertThat(audits(project, "hosting")).isEqualTo(1);
	}

	@Test
	void twentyEditorsSavingTheSameVersionAtOnceLeaveExactlyOneWinnerAndNothingHalfWritten() throws Exception {
		UUID project = this.team.projectId();
		int editors = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(editors);
		List<Future<SaveOutcome>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < editors; i++) {
				String text = "Text of editor " + i + "\n";
				TestUser editor = (i % 2 == 0) ? this.team.partner() : this.team.scoper();
				Callable<SaveOutcome> save = () -> {
					start.await();
					return this.plans.save(project, "access", new SectionSave(text, 0), editor.current());
				};
				outcomes.add(pool.submit(save));
			}
			start.countDown();
			List<SaveOutcome> results = new ArrayList<>();
			for (Future<SaveOutcome> outcome : outcomes) {
				results.add(outcome.get());
			}
			List<SaveOutcome.Saved> won = results.stream()
				.filter(SaveOutcome.Saved.class::isInstance)
				.map(SaveOutcome.Saved.class::cast)
				.toList();
			assertThat(won).hasSize(1);
			SectionView section = this.plans.section(project, "access", this.team.partner().current());
			assertThat(section.version()).isEqualTo(1);
			assertThat(section.body()).startsWith("Text of editor ");
			assertThat(results).filteredOn(SaveOutcome.Conflict.class::isInstance)
				.hasSize(editors - 1)
				.allSatisfy((r) -> {
					SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) r;
					assertThat(conflict.current()).isEqualTo(section.body());
					assertThat(conflict.currentVersion()).isEqualTo(1);
					assertThat(conflict.mine()).isNotEqualTo(section.body());
				});
			assertThat(revisions(project, "access")).isEqualTo(2);
			assertThat(audits(project, "access")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anotherOrganisationsPlanAnswersLikeAMissingOneAndReadersCannotWrite() {
		UUID project = this.team.projectId();
		TestUser stranger = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		assertThatThrownBy(() -> this.plans.view(project, stranger.current())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.section(project, "hosting", stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.save(project, "hosting", new SectionSave("x", 0), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.plans.save(project, "hosting", new SectionSave("x", 0), this.team.colleague().current()))
			.as("partner staff of the organisation who are not on the project")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.plans.save(project, "hosting", new SectionSave("x", 0), this.team.volunteer().current()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.plans.save(project, "hosting", new SectionSave("x", 0), this.team.admin().current()))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.plans.view(project, this.team.volunteer().current()).canEdit()).isFalse();
		assertThat(this.plans.section(project, "hosting", this.team.partner().current()).version()).isZero();
	}

	@Test
	void badTextIsRefusedWithAReasonAndMarkupIsKeptAsTextButRenderedInert() {
		UUID project = this.team.projectId();
		assertThatThrownBy(
				() -> this.plans.save(project, "legal", new SectionSave("a\u0000b", 0), this.team.partner().current()))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("plan.section.error.unshowable"));
		assertThatThrownBy(() -> this.plans.save(project, "legal", new SectionSave("half \ud800 pair", 0),
				this.team.partner().current()))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> this.plans.save(project, "legal", new SectionSave("x".repeat(100_001), 0),
				this.team.partner().current()))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("plan.section.error.tooLong"));
		assertThatThrownBy(
				() -> this.plans.save(project, "no_such", new SectionSave("x", 0), this.team.partner().current()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.plans.section(project, "legal", this.team.partner().current()).version()).isZero();
		String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert(3))\r\n";
		SaveOutcome saved = this.plans.save(project, "legal", new SectionSave(hostile, 0),
				this.team.partner().current());
		assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
		SectionView section = this.plans.section(project, "legal", this.team.partner().current());
		assertThat(section.body()).isEqualTo(hostile.replace("\r\n", "\n"));
		String html = Markdown.render(section.body()).html();
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
		assertThat(this.plans.save(project, "legal", new SectionSave("x".repeat(100_000), 1),
				this.team.partner().current()))
			.isInstanceOf(SaveOutcome.Saved.class);
	}

	private long revisions(UUID project, String sectionKey) {
		return this.jdbc.sql("""
				select count(*) from plan_revision r join plan_section s on s.id = r.section_id
				join plan p on p.id = s.plan_id where p.project_id = ? and s.section_key = ?""")
			.params(project, sectionKey)
			.query(Long.class)
			.single();
	}

	private long audits(UUID project, String sectionKey) {
		return this.jdbc.sql("""
				select count(*) from audit_entry where action = 'PLAN_SECTION_SAVED' and entity_id = (
				select s.id::text from plan_section s join plan p on p.id = s.plan_id
				where p.project_id = ? and s.section_key = ?)""")
			.params(project, sectionKey)
			.query(Long.class)
			.single();
	}

}
