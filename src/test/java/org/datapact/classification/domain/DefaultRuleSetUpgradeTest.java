package org.datapact.classification.domain;

import java.time.Duration;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.definition.ShippedDefinitions.Outcome;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation that runs the rules DataPact shipped before receives the new shipped
 * version at start-up as its next published version, and every project is classified
 * again with it; an installation whose administrators published rules of their own gets
 * it as a draft to review instead.
 */
@IntegrationTest
class DefaultRuleSetUpgradeTest {

	@Autowired
	DefaultRuleSetInstaller installer;

	@Autowired
	RuleSetAdministration administration;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	ClassificationService classifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		RuleSetTesting.restoreDefault(this.administration, this.fixtures.admin().current());
	}

	@Test
	void theRulesShippedBeforeAreFollowedByTheNewOnesAndEveryProjectIsClassifiedAgain() {
		CurrentUser admin = this.fixtures.admin().current();
		Team team = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires).team();
		new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires).completeAll(team, 2);
		this.questionnaires.submit(team.projectId(), team.partner().current());
		await().until(() -> this.classifications.current(team.projectId()).isPresent());

		// as if DataPact had shipped rules without a default level and they were in force
		RuleSet shipped = RuleSets.loadDefault();
		RuleSet before = new RuleSet(shipped.id(), 1, shipped.name(), shipped.languages(), shipped.parameters(),
				shipped.rules(), shipped.combinationRules());
		UUID inForce = publish(admin, before);
		this.jdbc.sql("delete from shipped_definition where kind = ? and definition_key = ?")
			.params(DefaultRuleSetInstaller.KIND, shipped.id())
			.update();
		this.jdbc.sql("insert into shipped_definition values (?, ?, 1, ?, 'PUBLISHED', now())")
			.params(DefaultRuleSetInstaller.KIND, shipped.id(), inForce)
			.update();
		assertThat(this.ruleSets.current().definition().defaultLevel()).isNull();
		int oldVersion = this.ruleSets.current().definition().version();

		assertThat(this.installer.install(shipped)).isEqualTo(Outcome.PUBLISHED_NEXT);
		assertThat(this.ruleSets.current().definition().version()).isEqualTo(oldVersion + 1);
		assertThat(this.ruleSets.current().definition().defaultLevel()).isNotNull();
		assertThat(this.ruleSets.current().definition().rules()).isEqualTo(shipped.rules());
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc
				.sql("select status from classification_rerun where rule_set_version = ? "
						+ "order by started_at desc limit 1")
				.param(oldVersion + 1)
				.query(String.class)
				.optional()
				.filter("FINISHED"::equals)
				.isPresent());
		StoredClassification after = this.classifications.current(team.projectId()).orElseThrow();
		assertThat(after.ruleSetVersion()).isEqualTo(oldVersion + 1);
		assertThat(after.trigger()).isEqualTo(RunTrigger.RULES);
		assertThat(this.installer.install(shipped)).as("once only").isEqualTo(Outcome.ALREADY_INSTALLED);
	}

	@Test
	void rulesOfTheAdministratorsOwnAreKeptAndTheShippedOnesWaitAsADraft() {
		CurrentUser admin = this.fixtures.admin().current();
		RuleSet shipped = RuleSets.loadDefault();
		int ownVersion = this.ruleSets.current().definition().version() + 1;
		publish(admin, shipped.withParameter("smallest_count_threshold", java.math.BigDecimal.TEN));
		RuleSet next = shipped.withVersion(shipped.version() + 100);

		assertThat(this.installer.install(next)).isEqualTo(Outcome.DRAFTED);
		assertThat(this.ruleSets.current().definition().version()).as("their version stays in force")
			.isEqualTo(ownVersion);
		RuleSetSummary draft = this.administration.versions(admin, PageQuery.firstOf(PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(RuleSetSummary::isDraft)
			.findFirst()
			.orElseThrow();
		assertThat(this.administration.get(admin, draft.id()).definition().parameters())
			.isEqualTo(shipped.parameters());
	}

	private UUID publish(CurrentUser admin, RuleSet rules) {
		RuleSetTesting.discardDrafts(this.administration, admin);
		RuleSetSummary draft = this.administration.createDraft(admin,
				this.administration.inForce(admin).summary().id());
		RuleSetDetail edited = this.administration.edit(admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.ImportJson(RuleSetJson.write(rules)));
		return RuleSetTesting
			.published(this.administration, admin,
					this.administration.publish(admin, draft.id(), edited.summary().lockVersion(), "Test rules"))
			.id();
	}

}
