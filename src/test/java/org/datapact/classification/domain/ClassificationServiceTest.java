package org.datapact.classification.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.DatasetClassified;
import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.OverrideView;
import org.datapact.classification.ReviewItem;
import org.datapact.classification.RunSummary;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ContextService.ContextCommand;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.MutableClock;
import org.datapact.support.TestDatabaseInitializer;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored results on real PostgreSQL: runs on submission, tenancy, overrides (raise,
 * lower, second-person approval), review-by dates, context declarations with their
 * e-mails.
 */
@IntegrationTest
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import({ QuestionnaireFixtures.class, MutableClock.Configuration.class })
@RecordApplicationEvents
class ClassificationServiceTest {

	@Autowired
	ClassificationHistory history;

	@Autowired
	OverrideService overrides;

	@Autowired
	ContextService contexts;

	@Autowired
	ProjectService projects;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Autowired
	ClassificationService classifications;

	@Autowired
	ClassificationInputs inputs;

	@Autowired
	ReviewQueue reviews;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	ApplicationEvents events;

	Team team;

	@BeforeEach
	void team() {
		this.team = this.questionnaireFixtures.team();
	}

	@Test
	void nothingIsStoredBeforeASubmissionAndSubmittingClassifiesWithTheRuleSetVersion() {
		assertThat(this.inputs.of(this.team.projectId())).isEmpty();
		assertThat(this.classifications.current(this.team.projectId())).isEmpty();
		this.questionnaireFixtures.completeAll(this.team, 2);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());

		StoredClassification stored = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(stored.trigger()).isEqualTo(RunTrigger.SUBMITTED);
		assertThat(stored.ruleSetId()).isEqualTo(this.ruleSets.current().definition().id());
		assertThat(stored.ruleSetVersion()).isEqualTo(this.ruleSets.current().definition().version());
		assertThat(stored.questionnaireRevision()).isEqualTo(1);
		assertThat(stored.datasets()).hasSize(2);
		assertThat(stored.country()).isEqualTo("KE");
		var inputs = this.inputs.of(this.team.projectId()).orElseThrow();
		assertThat(inputs.datasets()).extracting((d) -> d.id())
			.containsExactlyElementsOf(stored.datasets().stream().map((d) -> d.datasetId()).toList());
		// completeAll answers "names" as a direct identifier: Secret, explained
		assertThat(stored.datasets()).allSatisfy((dataset) -> {
			assertThat(dataset.computedLevel()).isEqualTo(Level.SECRET);
			assertThat(dataset.finalLevel()).isEqualTo(Level.SECRET);
			assertThat(dataset.firedRules()).isNotEmpty();
			assertThat(dataset.firedRules().get(0).inputs()).isNotEmpty();
			assertThat(dataset.name()).startsWith("An answer to");
		});
		assertThat(stored.projectLevel()).isEqualTo(Level.SECRET);
		assertThat(this.events.stream(DatasetClassified.class)
			.filter((e) -> e.projectId().equals(this.team.projectId()))
			.count()).isEqualTo(2);

		this.review.accept(this.team.projectId(), this.team.scoper().current());
		StoredClassification accepted = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(accepted.trigger()).isEqualTo(RunTrigger.ACCEPTED);
		assertThat(accepted.runId()).isNotEqualTo(stored.runId());
		assertThat(
				this.history.runs(this.team.projectId(), this.team.scoper().current(), PageQuery.firstOf(20)).items())
			.extracting(RunSummary::runId)
			.containsExactly(accepted.runId(), stored.runId());
		assertThat(this.history.run(this.team.projectId(), stored.runId(), this.team.scoper().current()).trigger())
			.isEqualTo(RunTrigger.SUBMITTED);
		assertThatThrownBy(() -> this.history.run(this.questionnaireFixtures.team().projectId(), stored.runId(),
				this.team.admin().current()))
			.as("a run read through another project")
			.isInstanceOf(NotFoundException.class);
		assertThat(this.classifications.classifiableProjects())
			.doesNotContain(this.questionnaireFixtures.team().projectId());
		assertThat(this.classifications.classifiableProjects()).contains(this.team.projectId());
		assertThat(this.classifications.reclassifyAll(RunTrigger.RULES)).isGreaterThanOrEqualTo(1);
		assertThat(this.classifications.current(this.team.projectId()).orElseThrow().trigger())
			.isEqualTo(RunTrigger.RULES);
	}

	@Test
	void anotherOrganisationsProjectAnswersNotFoundLikeAMissingOne() {
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		var stranger = this.fixtures.user(this.fixtures.partner(), org.datapact.shared.Role.PARTNER);
		assertThatThrownBy(() -> this.classifications.current(this.team.projectId(), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.history.runs(this.team.projectId(), stranger.current(), PageQuery.firstOf(20)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.classifications.current(UUID.randomUUID(), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.classifications.current(this.team.projectId(), this.team.partner().current())).isPresent();
	}

	/** One dataset aggregated at national level without identifiers: not Secret. */
	private String submitCoarseDataset() {
		this.questionnaireFixtures.completeAll(this.team, 1);
		UUID entry = this.questionnaires.open(this.team.projectId(), this.team.partner().current())
			.answers()
			.entries("datasets")
			.get(0)
			.id();
		this.questionnaireFixtures.answer(this.team, entry, "direct_identifiers", "none");
		this.questionnaireFixtures.answer(this.team, entry, "aggregation", "aggregated");
		this.questionnaireFixtures.answer(this.team, entry, "location_granularity", "national");
		this.questionnaireFixtures.answer(this.team, entry, "vulnerable_groups", "none");
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		return entry.toString();
	}

	private String submitSecretDataset() {
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		return this.classifications.current(this.team.projectId()).orElseThrow().datasets().get(0).datasetId();
	}

	@Test
	void aScoperRaisesALevelAtOnceWithAJustificationAndItStandsAcrossRuns() {
		String dataset = submitCoarseDataset();
		StoredClassification before = this.classifications.current(this.team.projectId()).orElseThrow();
		Level computed = before.dataset(dataset).orElseThrow().computedLevel();
		assertThat(computed).isLessThan(Level.SECRET);

		assertThatThrownBy(() -> this.overrides.change(this.team.scoper().current(), this.team.projectId(), dataset,
				Level.SECRET, "  "))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("justification"));
		assertThatThrownBy(() -> this.overrides.change(this.team.partner().current(), this.team.projectId(), dataset,
				Level.SECRET, "Because"))
			.isInstanceOf(ForbiddenException.class);
		var stranger = this.fixtures.user(this.fixtures.partner(), org.datapact.shared.Role.PARTNER);
		assertThatThrownBy(() -> this.overrides.change(stranger.current(), this.team.projectId(), dataset, Level.SECRET,
				"Because"))
			.isInstanceOf(NotFoundException.class);

		assertThat(this.overrides.change(this.team.scoper().current(), this.team.projectId(), dataset, Level.SECRET,
				"Armed actors near the sites"))
			.isEqualTo(OverrideService.Outcome.APPLIED);
		StoredClassification raised = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(raised.trigger()).isEqualTo(RunTrigger.OVERRIDE);
		assertThat(raised.actorId()).isEqualTo(this.team.scoper().id());
		assertThat(raised.dataset(dataset).orElseThrow().computedLevel()).isEqualTo(computed);
		assertThat(raised.dataset(dataset).orElseThrow().finalLevel()).isEqualTo(Level.SECRET);
		assertThat(raised.projectLevel()).isEqualTo(Level.SECRET);
		assertThat(raised.computedLevel()).isEqualTo(computed);

		StoredClassification rerun = this.classifications.runOnDemand(this.team.scoper().current(),
				this.team.projectId());
		assertThat(rerun.dataset(dataset).orElseThrow().finalLevel()).isEqualTo(Level.SECRET);
		var kept = this.overrides.overrides(this.team.volunteer().current(), this.team.projectId());
		assertThat(kept).singleElement().satisfies((o) -> {
			assertThat(o.status()).isEqualTo(OverrideStatus.ACTIVE);
			assertThat(o.justification()).isEqualTo("Armed actors near the sites");
			assertThat(o.requestedBy()).isEqualTo(this.team.scoper().id());
			assertThat(o.computedLevel()).isEqualTo(computed);
		});
		assertThat(
				this.history.runs(this.team.projectId(), this.team.partner().current(), PageQuery.firstOf(20)).items())
			.extracting(RunSummary::trigger)
			.containsExactly(RunTrigger.ON_DEMAND, RunTrigger.OVERRIDE, RunTrigger.SUBMITTED);
	}

	@Test
	void aRaiseNoLongerAppliesWhenTheComputedLevelChangesAndSaysSo() {
		String dataset = submitCoarseDataset();
		this.overrides.change(this.team.scoper().current(), this.team.projectId(), dataset, Level.SECRET, "Why");
		this.review.returnForChanges(this.team.projectId(), this.team.scoper().current(), "Names?");
		this.questionnaireFixtures.answer(this.team, UUID.fromString(dataset), "direct_identifiers", "names");
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		var result = this.classifications.current(this.team.projectId()).orElseThrow().dataset(dataset).orElseThrow();
		assertThat(result.computedLevel()).isEqualTo(Level.SECRET);
		assertThat(result.overrideNote()).isEqualTo(ClassificationService.NEEDS_RECONFIRMATION);
		assertThat(this.overrides.overrides(this.team.scoper().current(), this.team.projectId()))
			.extracting(OverrideView::status)
			.containsExactly(OverrideStatus.NEEDS_RECONFIRMATION);
	}

	@Test
	void loweringBelowTheComputedLevelWaitsForASecondPersonNotTheRequester() {
		String dataset = submitSecretDataset();
		assertThat(this.overrides.change(this.team.scoper().current(), this.team.projectId(), dataset,
				Level.CONFIDENTIAL, "Names are pseudonymised before sharing"))
			.isEqualTo(OverrideService.Outcome.PENDING);
		StoredClassification waiting = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(waiting.trigger()).isEqualTo(RunTrigger.SUBMITTED);
		assertThat(waiting.dataset(dataset).orElseThrow().finalLevel()).isEqualTo(Level.SECRET);
		UUID request = this.overrides.overrides(this.team.scoper().current(), this.team.projectId()).get(0).id();

		assertThatThrownBy(() -> this.overrides.approve(this.team.scoper().current(), this.team.projectId(), request))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.selfApproval"));
		assertThat(this.jdbc.sql("select action from audit_entry where entity_id = ? order by 1")
			.param(request.toString())
			.query(String.class)
			.list()).containsExactly("CLASSIFICATION_LOWERING_APPROVAL_REFUSED", "CLASSIFICATION_LOWERING_REQUESTED");
		assertThatThrownBy(() -> this.overrides.approve(this.team.partner().current(), this.team.projectId(), request))
			.isInstanceOf(ForbiddenException.class);
		var stranger = this.fixtures.user(this.fixtures.partner(), org.datapact.shared.Role.PARTNER);
		assertThatThrownBy(() -> this.overrides.approve(stranger.current(), this.team.projectId(), request))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.overrides.approve(this.team.admin().current(), UUID.randomUUID(), request))
			.isInstanceOf(NotFoundException.class);

		this.overrides.approve(this.team.admin().current(), this.team.projectId(), request);
		StoredClassification lowered = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(lowered.dataset(dataset).orElseThrow().computedLevel()).isEqualTo(Level.SECRET);
		assertThat(lowered.dataset(dataset).orElseThrow().finalLevel()).isEqualTo(Level.CONFIDENTIAL);
		assertThat(lowered.projectLevel()).isEqualTo(Level.CONFIDENTIAL);
		assertThat(lowered.computedLevel()).isEqualTo(Level.SECRET);
		OverrideView approved = this.overrides.overrides(this.team.scoper().current(), this.team.projectId()).get(0);
		assertThat(approved.status()).isEqualTo(OverrideStatus.ACTIVE);
		assertThat(approved.decidedBy()).isEqualTo(this.team.admin().id());
		assertThat(approved.requestedByLabel()).contains(this.team.scoper().username());
		assertThatThrownBy(() -> this.overrides.approve(this.team.admin().current(), this.team.projectId(), request))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.notPending"));
	}

	@Test
	void reviewByDatesDefaultByLevelAndOverdueReviewsReachScopersDashboards() {
		submitSecretDataset();
		StoredClassification stored = this.classifications.current(this.team.projectId()).orElseThrow();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		assertThat(stored.reviewBy()).isEqualTo(today.plus(Period.ofMonths(3)));
		assertThat(stored.datasets().get(0).reviewBy()).isEqualTo(today.plus(Period.ofMonths(3)));
		assertThat(needingAttention(this.team.scoper().current()))
			.noneMatch((item) -> item.projectId().equals(this.team.projectId()));

		this.clock.advance(Duration.ofDays(100));
		assertThat(needingAttention(this.team.scoper().current()))
			.filteredOn((item) -> item.projectId().equals(this.team.projectId()))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.overdue()).isTrue();
				assertThat(item.reviewBy()).isEqualTo(stored.reviewBy());
			});
		assertThat(needingAttention(this.team.partner().current())).isEmpty();
		StoredClassification reviewed = this.classifications.runOnDemand(this.team.scoper().current(),
				this.team.projectId());
		assertThat(reviewed.overdueOn(this.classifications.today())).isFalse();
	}

	@Test
	void aContextDeclarationFeedsTheRulesMarksTheCountrysProjectsAndMailsTheirScopers() throws Exception {
		ProjectView project = this.projects.get(this.team.admin().current(), this.team.projectId());
		this.projects.update(this.team.admin().current(), project.id(), project.version(),
				new ProjectCommand(project.organisationId(), project.title(), project.purpose(), "TV",
						project.startDate(), project.endDate()));
		submitSecretDataset();
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();

		assertThatThrownBy(() -> this.contexts.declare(this.team.scoper().current(),
				new ContextCommand("TV", "active_conflict", "Fighting", LocalDate.now(), null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.contexts.declare(this.team.admin().current(),
				new ContextCommand("TV", "Active Conflict", "Fighting", LocalDate.now(), null)))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("contextKey"));

		var declared = this.contexts.declare(this.team.admin().current(), new ContextCommand("TV", "active_conflict",
				"Fighting spread to the capital", this.classifications.today(), null));
		assertThat(declared.projectsMarked()).isGreaterThanOrEqualTo(1);
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isTrue();
		StoredClassification rerun = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(rerun.trigger()).isEqualTo(RunTrigger.CONTEXT);
		assertThat(rerun.contexts()).containsExactly("active_conflict");
		assertThat(this.inputs.of(this.team.projectId()).orElseThrow().context().contexts())
			.containsExactly("active_conflict");
		assertThat(needingAttention(this.team.admin().current()))
			.filteredOn((item) -> item.projectId().equals(this.team.projectId()))
			.singleElement()
			.satisfies((item) -> assertThat(item.reassessment()).isTrue());

		// the scoper was also told of the submission; one mail is about the change of
		// context
		List<MimeMessage> mails = TestMailServer.awaitMailsTo(this.team.scoper().username() + "@example.org", 2)
			.stream()
			.filter((mail) -> subject(mail).equals("A change of context calls for re-assessing a project"))
			.toList();
		assertThat(mails).hasSize(1);
		assertThat((String) mails.get(0).getContent()).contains(project.title()).contains("active_conflict");

		this.classifications.runOnDemand(this.team.scoper().current(), this.team.projectId());
		assertThat(this.reviews.markedForReassessment(this.team.projectId())).isFalse();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every page of the reviews due, as the dashboard would page through them. */
	private List<ReviewItem> needingAttention(CurrentUser viewer) {
		List<ReviewItem> all = new ArrayList<>();
		ListPage<ReviewItem> page = this.reviews.needingAttention(viewer, PageQuery.firstOf(PageQuery.MAX_SIZE));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = this.reviews.needingAttention(viewer,
					new PageQuery(page.page() + 1, PageQuery.MAX_SIZE, null, false));
			all.addAll(page.items());
		}
		return all;
	}

}
