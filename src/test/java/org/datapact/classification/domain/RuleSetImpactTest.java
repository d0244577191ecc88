package org.datapact.classification.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ImpactPreview.ProjectImpact;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@Import(QuestionnaireFixtures.class)
class RuleSetImpactTest {

	@Autowired
	RuleSetAdministration administration;

	@Autowired
	RuleSetImpact impact;

	@Autowired
	Reclassification reclassification;

	@Autowired
	ClassificationService classifications;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin;

	Team team;

	/** The dataset answering "yes" to security data; the other answers "no". */
	String securityDataset;

	@BeforeEach
	void projectWithTwoDatasets() {
		this.admin = this.fixtures.admin().current();
		this.team = this.questionnaireFixtures.team();
		this.questionnaireFixtures.completeAll(this.team, 2);
		var entries = this.questionnaires.open(this.team.projectId(), this.team.partner().current())
			.answers()
			.entries("datasets");
		this.questionnaireFixtures.answer(this.team, entries.get(0).id(), "security_data", "yes");
		this.questionnaireFixtures.answer(this.team, entries.get(1).id(), "security_data", "no");
		this.securityDataset = entries.get(0).id().toString();
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
	}

	@AfterEach
	void restoreDefaultRules() {
		RuleSetTesting.restoreDefault(this.administration, this.admin);
	}

	@Test
	void aRuleThatRaisesOneDatasetShowsExactlyThatChange() {
		// in force: no rules at all, so every dataset of the project has the default
		// level
		publish(RuleSets.loadDefault().withRules(List.of(), List.of()), "Baseline without rules");
		this.classifications.classify(this.team.projectId(), RunTrigger.RULES, null);
		StoredClassification stored = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(stored.datasets()).extracting(StoredClassification.StoredDataset::computedLevel)
			.containsOnly(Level.CONFIDENTIAL);

		RuleSetSummary draft = newDraft();
		this.administration.edit(this.admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.SaveRule(null, RuleSetTesting.securityDataRule("security_data_secret")));
		ImpactPreview preview = this.impact.preview(this.admin, draft.id());

		ProjectImpact change = preview.changes()
			.stream()
			.filter((p) -> p.projectId().equals(this.team.projectId()))
			.findFirst()
			.orElseThrow();
		assertThat(change.from()).isEqualTo(Level.CONFIDENTIAL);
		assertThat(change.to()).isEqualTo(Level.SECRET);
		assertThat(change.datasets()).singleElement().satisfies((dataset) -> {
			assertThat(dataset.datasetId()).isEqualTo(this.securityDataset);
			assertThat(dataset.from()).isEqualTo(Level.CONFIDENTIAL);
			assertThat(dataset.to()).isEqualTo(Level.SECRET);
		});
		assertThat(preview.projectsChecked()).isGreaterThanOrEqualTo(1);
		assertThat(preview.projectsChanged()).isGreaterThanOrEqualTo(1);
		assertThat(preview.datasetsChanged()).isGreaterThanOrEqualTo(1);
		// the preview saved nothing
		assertThat(this.classifications.current(this.team.projectId()).orElseThrow().runId()).isEqualTo(stored.runId());
	}

	@Test
	void reclassificationRunsInTheBackgroundRecordsProgressAndRefusesASecondRun() {
		RuleSetSummary draft = newDraft();
		RuleSetDetail edited = this.administration.edit(this.admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.SaveRule(null, RuleSetTesting.securityDataRule("security_data_secret")));
		RuleSetSummary published = RuleSetTesting.published(this.administration, this.admin, this.administration
			.publish(this.admin, draft.id(), edited.summary().lockVersion(), "Security data is Secret"));

		RerunProgress started = this.reclassification.start(this.admin);
		assertThat(started.ruleSetVersion()).isEqualTo(published.version());
		RerunProgress finished = await().atMost(Duration.ofMinutes(2))
			.until(() -> this.reclassification.latest(this.admin).orElseThrow(), (p) -> !p.running());
		assertThat(finished.id()).isEqualTo(started.id());
		assertThat(finished.status()).isEqualTo("FINISHED");
		assertThat(finished.total()).isGreaterThanOrEqualTo(1);
		assertThat(finished.done()).isEqualTo(finished.total());
		assertThat(finished.failures()).isZero();
		assertThat(finished.finishedAt()).isNotNull();
		StoredClassification after = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(after.trigger()).isEqualTo(RunTrigger.RULES);
		assertThat(after.ruleSetVersion()).isEqualTo(published.version());

		// a run in progress (here: recorded by another instance) refuses a second one
		UUID other = UUID.randomUUID();
		this.jdbc.update("insert into classification_rerun (id, rule_set_version, status, started_at, instance_id, "
				+ "heartbeat_at) values (?, 1, 'RUNNING', now(), 'another-instance', now())", other);
		try {
			assertThatThrownBy(() -> this.reclassification.start(this.admin)).isInstanceOfSatisfying(
					InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.rerun.alreadyRunning"));
			// this instance restarting leaves the other instance's run alone while it
			// beats
			this.reclassification.run(null);
			assertThat(status(other)).isEqualTo("RUNNING");
			// until its heartbeat stops
			this.jdbc.update("update classification_rerun set heartbeat_at = now() - interval '3 minutes' where id = ?",
					other);
			this.reclassification.run(null);
			assertThat(status(other)).isEqualTo("FAILED");
		}
		finally {
			this.jdbc.update("update classification_rerun set status = 'FAILED', finished_at = now() where id = ?",
					other);
		}
	}

	@Test
	void onlyAdminsPreviewOrReclassify() {
		CurrentUser scoper = this.team.scoper().current();
		CurrentUser partner = this.fixtures.user(this.fixtures.partner(), Role.PARTNER).current();
		UUID inForce = this.administration.inForce(this.admin).summary().id();
		for (CurrentUser user : List.of(scoper, partner)) {
			assertThatThrownBy(() -> this.impact.preview(user, inForce)).isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.reclassification.start(user)).isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.reclassification.latest(user)).isInstanceOf(ForbiddenException.class);
		}
	}

	private String status(UUID run) {
		return this.jdbc.queryForObject("select status from classification_rerun where id = ?", String.class, run);
	}

	private RuleSetSummary newDraft() {
		RuleSetTesting.discardDrafts(this.administration, this.admin);
		return this.administration.createDraft(this.admin, this.administration.inForce(this.admin).summary().id());
	}

	private void publish(RuleSet rules, String reason) {
		RuleSetSummary draft = newDraft();
		RuleSetDetail imported = this.administration.edit(this.admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.ImportJson(RuleSetJson.write(rules)));
		RuleSetTesting.published(this.administration, this.admin,
				this.administration.publish(this.admin, draft.id(), imported.summary().lockVersion(), reason));
	}

}
