package org.datapact.browser;

import org.datapact.classification.domain.ClassificationService;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted questionnaire is classified; a scoper reads why, asks to lower a dataset's
 * level with a justification, cannot approve it themselves; an administrator approves it
 * and the history shows both levels.
 */
class ClassificationBrowserTest extends BrowserTestSupport {

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ClassificationService classifications;

	Team team;

	String page;

	String dataset;

	@BeforeEach
	void submittedProject() {
		QuestionnaireFixtures fixtures = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires);
		this.team = fixtures.team();
		fixtures.completeAll(this.team, 2);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		this.page = "/projects/" + this.team.projectId() + "/classification";
		this.dataset = this.classifications.current(this.team.projectId()).orElseThrow().datasets().get(0).datasetId();
	}

	@Test
	void scoperAsksToLowerWithAJustificationAndASecondPersonApproves() {
		browser.signIn(this.team.scoper().username(), this.team.scoper().password());
		browser.visit("/projects/" + this.team.projectId());
		browser.follow(By.cssSelector("a[href$='/classification']"));
		assertThat(browser.path()).isEqualTo(this.page);
		assertThat(browser.text(By.id("project-level"))).isEqualTo("Secret");
		assertThat(browser.isPresent(By.cssSelector("svg.classification-graph title"))).isTrue();
		String card = "#dataset-" + this.dataset;
		assertThat(browser.text(By.cssSelector(card + " .final-level"))).isEqualTo("Level: Secret");
		assertThat(browser.text(By.cssSelector(card + " .fired-rules"))).contains("direct_identifiers");

		// a lowering without a justification is refused next to the field
		browser.select(By.id("level-" + this.dataset), "CONFIDENTIAL");
		browser.submit(By.cssSelector(card + " .change-level"));
		assertThat(browser.text(By.id("justification-" + this.dataset + "-error"))).isEqualTo("Give a justification.");

		browser.select(By.id("level-" + this.dataset), "CONFIDENTIAL");
		browser.type(By.id("justification-" + this.dataset), "Names are replaced by codes before sharing.");
		browser.submit(By.cssSelector(card + " .change-level"));
		assertThat(browser.text(By.id("flash-success")))
			.isEqualTo("The lowering is waiting for a second person's approval.");
		assertThat(browser.text(By.cssSelector(card + " .final-level"))).isEqualTo("Level: Secret");
		assertThat(browser.text(By.cssSelector(card + " .pending-request"))).contains("Names are replaced by codes");

		browser.submit(By.cssSelector(card + " .approve-lowering"));
		assertThat(browser.text(By.cssSelector(card + " .decision-error")))
			.startsWith("You asked for this lowering, so you cannot approve it");
		browser.signOut();

		browser.signIn(this.team.admin().username(), this.team.admin().password());
		browser.visit(this.page);
		browser.submit(By.cssSelector(card + " .approve-lowering"));
		assertThat(browser.text(By.id("flash-success")))
			.isEqualTo("The lowering was approved and a new result recorded.");
		assertThat(browser.text(By.cssSelector(card + " .final-level"))).isEqualTo("Level: Confidential");
		assertThat(browser.text(By.cssSelector(card + " .computed-level"))).isEqualTo("Computed by the rules: Secret");
		assertThat(
				browser.driver().findElement(By.cssSelector(card + " .dataset-overrides")).getAttribute("textContent"))
			.contains("Names are replaced by codes")
			.contains(this.team.scoper().username())
			.contains(this.team.admin().username());
		assertThat(browser.driver().findElement(By.cssSelector(card + " .dataset-history")).getAttribute("textContent"))
			.contains("after a change of level")
			.contains("after the questionnaire was submitted");
	}

	@Test
	void anAdministratorDeclaresAChangeOfContextAfterCorrectingTheContextName() {
		browser.signIn(this.team.admin().username(), this.team.admin().password());
		browser.visit("/admin/contexts");
		browser.select(By.id("country"), "TV");
		browser.type(By.id("contextKey"), "Active conflict");
		browser.type(By.id("description"), "Fighting reached the capital.");
		browser.submit(By.id("declare-context"));
		assertThat(browser.text(By.id("contextKey-error"))).startsWith("A context name has 2 to 63 lower-case");
		assertThat(browser.text(By.id("error-summary"))).contains("A context name");
		browser.type(By.id("contextKey"), "active_conflict");
		browser.submit(By.id("declare-context"));
		assertThat(browser.text(By.id("flash-success"))).startsWith("The change of context was declared");
		assertThat(browser.text(By.id("contexts"))).contains("active_conflict")
			.contains("Fighting reached the capital.");
	}

}
