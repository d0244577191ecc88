package org.datapact.browser;

import java.util.List;

import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetTesting;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.AnswerSet;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin makes a draft of the rules in force, adds a rule in the structured editor
 * (security data is Secret), sees on the impact preview that exactly one dataset of a
 * live project goes from Public to Secret, and publishes it with a reason; the
 * re-classification shows its progress until it has finished.
 */
class RuleSetBrowserTest extends BrowserTestSupport {

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ClassificationService classifications;

	@Autowired
	RuleSetAdministration ruleSets;

	Team team;

	TestUser admin;

	@BeforeEach
	void liveProjectWithAPublicDatasetHoldingSecurityData() {
		this.admin = this.fixtures.admin();
		RuleSetTesting.discardDrafts(this.ruleSets, this.admin.current());
		QuestionnaireFixtures fixtures = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires);
		this.team = fixtures.team();
		fixtures.completeAll(this.team, 2);
		List<AnswerSet.Entry> entries = this.questionnaires.open(this.team.projectId(), this.team.partner().current())
			.answers()
			.entries("datasets");
		for (AnswerSet.Entry entry : entries) {
			fixtures.answer(this.team, entry.id(), "direct_identifiers", "none");
			fixtures.answer(this.team, entry.id(), "indirect_identifiers", "none");
			fixtures.answer(this.team, entry.id(), "aggregation", "aggregated");
			fixtures.answer(this.team, entry.id(), "smallest_count", "50");
			fixtures.answer(this.team, entry.id(), "location_granularity", "national");
			fixtures.answer(this.team, entry.id(), "vulnerable_groups", "none");
			fixtures.answer(this.team, entry.id(), "topics", "none");
			fixtures.answer(this.team, entry.id(), "linkage_keys", "none");
			fixtures.answer(this.team, entry.id(), "name", "Dataset " + entries.indexOf(entry));
		}
		fixtures.answer(this.team, entries.get(0).id(), "security_data", "yes");
		fixtures.answer(this.team, entries.get(1).id(), "security_data", "no");
		fillAgain(fixtures);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		StoredClassification stored = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(stored.datasets()).extracting(StoredClassification.StoredDataset::computedLevel)
			.as("precondition: nothing Secret before the rule change")
			.doesNotContain(Level.SECRET);
	}

	private void fillAgain(QuestionnaireFixtures fixtures) {
		// answers shown by the changes above (none expected) are filled in as well
		fixtures.completeAll(this.team, 2);
	}

	@AfterEach
	void restoreDefaultRules() {
		RuleSetTesting.restoreDefault(this.ruleSets, this.admin.current());
	}

	@Test
	void adminAddsARuleSeesItsImpactAndPublishesIt() {
		browser.signIn(this.admin.username(), this.admin.password());
		browser.visit("/admin/classification/rule-sets");
		int inForce = this.ruleSets.inForce(this.admin.current()).summary().version();
		browser.submit(By.id("draft-from-" + inForce));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("A draft was made; edit it below.");

		browser.follow(By.id("add-rule"));
		browser.type(By.id("key"), "security_data_secret");
		browser.select(By.id("level"), "SECRET");
		browser.type(By.id("descriptionEn"), "The dataset holds security data.");
		browser.type(By.id("descriptionFr"), "Le jeu de données contient des données de sécurité.");
		browser.type(By.id("explanationEn"), "Security data puts people at risk: Secret.");
		browser.type(By.id("explanationFr"), "Les données de sécurité mettent des personnes en danger : Secret.");
		browser.type(By.id("reference"), "DataPact policy 2026");
		// choosing the question redraws the row with its options
		browser.select(By.id("rows-1-attribute"), "security_data");
		browser.check(By.cssSelector("input[name='rows[1].values'][value='yes']"));
		browser.submit(By.id("save-rule"));
		assertThat(browser.text(By.id("flash-success"))).startsWith("The rule was saved");
		assertThat(browser.isPresent(By.id("rule-security_data_secret"))).isTrue();

		browser.follow(By.id("impact-link"));
		String row = "impact-" + this.team.projectId();
		assertThat(browser.text(By.cssSelector("#" + row + " .project-change"))).isEqualTo("Public → Secret");
		assertThat(browser.driver().findElements(By.cssSelector("#" + row + " .dataset-change")))
			.extracting((e) -> e.getText().strip())
			.containsExactly("Dataset 0: Public → Secret");

		browser.follow(By.id("go-publish"));
		browser.type(By.id("publish-reason"), "Security data is Secret wherever it is collected");
		browser.submit(By.id("publish"));
		assertThat(browser.path()).isEqualTo("/admin/classification/reclassification");
		assertThat(browser.text(By.id("flash-success"))).contains("is published and in force");
		// the progress is polled until the run has finished
		assertThat(browser.text(By.id("rerun-status"))).isNotBlank();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofMinutes(2))
			.until(() -> browser.text(By.id("rerun-status")).startsWith("Finished"));
		assertThat(this.classifications.current(this.team.projectId()).orElseThrow().projectLevel())
			.isEqualTo(Level.SECRET);
	}

}
