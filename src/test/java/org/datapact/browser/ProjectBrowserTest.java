package org.datapact.browser;

import java.util.UUID;

import org.datapact.organisation.Organisations;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scoper creates a project for a partner, fixes what the form refuses, adds a partner
 * staff member, and moves the project on; that partner then finds it in their list and on
 * the dashboard, while staff of another partner do not see it at all.
 */
class ProjectBrowserTest extends BrowserTestSupport {

	@Autowired
	Organisations organisations;

	TestUser scoper;

	UUID partner;

	String partnerName;

	TestUser partnerStaff;

	TestUser otherPartnerStaff;

	@BeforeEach
	void people() {
		this.scoper = this.fixtures.scoper();
		this.partner = this.fixtures.partner();
		this.partnerName = this.organisations.find(this.partner).orElseThrow().name();
		this.partnerStaff = this.fixtures.user(this.partner, Role.PARTNER);
		this.otherPartnerStaff = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
	}

	@Test
	void aScoperCreatesAProjectAddsAPartnerAndOnlyThatPartnerSeesIt() {
		String title = "Displacement tracking " + Fixtures.unique();
		browser.signIn(this.scoper.username(), this.scoper.password());
		browser.follow(By.id("nav-projects"));
		assertThat(browser.path()).isEqualTo("/projects");
		browser.follow(By.id("new-project"));
		assertThat(browser.path()).isEqualTo("/projects/new");

		// an empty form lists every problem, linked to its field
		browser.submit(By.id("save-project"));
		assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
		assertThat(browser.text(By.id("organisationId-error"))).isEqualTo("Choose a partner organisation.");
		assertThat(browser.text(By.id("title-error"))).isEqualTo("Fill in this field.");
		assertThat(browser.text(By.id("startDate-error"))).isEqualTo("Enter a date as YYYY-MM-DD.");

		browser.select(By.id("organisationId"), this.partner.toString())
			.type(By.id("title"), title)
			.type(By.id("purpose"), "See where displaced families are, week by week.")
			.select(By.id("countryCode"), "KE");
		setDate("startDate", "2026-04-01");
		setDate("endDate", "2026-03-01");
		browser.submit(By.id("save-project"));
		assertThat(browser.text(By.id("endDate-error"))).isEqualTo("The end date must be on or after the start date.");
		assertThat(browser.find(By.id("title")).getAttribute("value")).as("what was typed is kept").isEqualTo(title);
		setDate("endDate", "2026-12-31");
		browser.submit(By.id("save-project"));

		assertThat(browser.path()).matches("/projects/[0-9a-f-]{36}");
		String projectPath = browser.path();
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Project " + title + " created.");
		assertThat(browser.text(By.id("project-title"))).isEqualTo(title);
		assertThat(browser.text(By.id("project-country"))).isEqualTo("Kenya");
		assertThat(browser.text(By.cssSelector("#status-steps [aria-current='step']"))).isEqualTo("Scoping");
		assertThat(browser.text(By.id("stage-questionnaire"))).contains("Step 1 of 4", "Questionnaire", "Not started",
				"Not started yet.", "Open the questionnaire");
		assertThat(browser.text(By.id("stage-plan"))).contains("Step 3 of 4",
				"Starts when the questionnaire is accepted");
		assertThat(browser.driver().findElements(By.cssSelector("#pipeline > li"))).hasSize(4);

		// a member needs a person; the list offers only people who fit this project
		browser.select(By.id("role"), "PARTNER_STAFF");
		browser.submit(By.id("add-member-submit"));
		assertThat(browser.text(By.id("userId-error"))).isEqualTo("Choose a person.");

		browser.select(By.id("userId"), this.partnerStaff.id().toString()).select(By.id("role"), "PROJECT_CHAMPION");
		browser.submit(By.id("add-member-submit"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Member added.");
		assertThat(browser.text(By.id("project-members"))).contains("Test " + this.partnerStaff.username(),
				"Project champion", "Test " + this.scoper.username(), "Scoper");

		browser.submit(By.id("move-design"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Status changed to Design.");
		assertThat(browser.text(By.cssSelector("#status-steps [aria-current='step']"))).isEqualTo("Design");
		browser.signOut();

		// the partner finds it on the dashboard and in the list, read-only
		browser.signIn(this.partnerStaff.username(), this.partnerStaff.password());
		assertThat(browser.text(By.id("home-projects"))).contains(title, this.partnerName, "Design");
		browser.follow(By.id("nav-projects"));
		assertThat(browser.text(By.id("projects"))).contains(title, "Kenya", "Questionnaire: Not started");
		browser.follow(By.linkText(title));
		assertThat(browser.path()).isEqualTo(projectPath);
		assertThat(browser.text(By.id("my-role"))).isEqualTo("Your role in this project: Project champion");
		assertThat(browser.isPresent(By.id("edit-project"))).isFalse();
		assertThat(browser.isPresent(By.id("add-member"))).isFalse();
		assertThat(browser.isPresent(By.id("status-actions"))).isFalse();

		// in French too
		browser.visit(projectPath + "?lang=fr");
		assertThat(browser.text(By.id("stage-questionnaire"))).contains("Étape 1 sur 4", "Pas commencé",
				"Pas encore commencé.", "Remplir le questionnaire");
		assertThat(browser.text(By.id("stage-plan"))).contains("Étape 3 sur 4",
				"Commence lorsque le questionnaire est accepté");
		assertThat(browser.text(By.cssSelector("#status-steps [aria-current='step']"))).isEqualTo("Conception");
		browser.visit(projectPath + "?lang=en");
		browser.signOut();

		// staff of another partner see neither the project nor whether it exists
		browser.signIn(this.otherPartnerStaff.username(), this.otherPartnerStaff.password());
		assertThat(browser.text(By.id("home-projects"))).doesNotContain(title);
		browser.follow(By.id("nav-projects"));
		assertThat(browser.text(By.tagName("main"))).doesNotContain(title).contains("No projects to show.");
		browser.visit(projectPath);
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not found");
		assertThat(browser.text(By.tagName("main"))).doesNotContain(title);
	}

	private static void setDate(String field, String date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(field)), date);
	}

}
