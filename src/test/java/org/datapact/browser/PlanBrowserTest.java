package org.datapact.browser;

import org.datapact.plan.PlanFixtures;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionSave;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing the plan in a real browser: a section saved and shown as Markdown, markup
 * rendered inert, and a save based on a version someone replaced meanwhile answered with
 * the merge view, which keeps both people's text. Two people on the same section, each in
 * their own browser session, see each other there and hear of each other's saves.
 */
class PlanBrowserTest extends BrowserTestSupport {

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	PlanService plans;

	Team team;

	@BeforeEach
	void acceptedQuestionnaire() {
		this.team = new PlanFixtures(new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires),
				this.questionnaires, this.review)
			.acceptedTeam(1);
	}

	@Test
	void partnerWritesASectionAndAStaleSaveGetsTheMergeViewKeepingBothTexts() {
		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit("/projects/" + this.team.projectId());
		browser.follow(By.xpath("//a[@href='/projects/" + this.team.projectId() + "/plan']"));
		assertThat(browser.text(By.id("plan-status"))).isEqualTo("Draft");
		assertThat(browser.text(By.id("generated-datasets")))
			.contains(this.plans.view(this.team.projectId(), this.team.partner().current())
				.generated()
				.datasets()
				.get(0)
				.name());

		browser.type(By.id("body-hosting"),
				"Hosted by the partner.\n\nCompute: **paid by the partner**. <script>document.title='owned'</script>");
		browser.submit(By.id("save-hosting"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Section saved.");
		assertThat(browser.find(By.cssSelector("#text-hosting strong")).getText()).isEqualTo("paid by the partner");
		assertThat(browser.title()).doesNotContain("owned");
		assertThat(browser.text(By.id("text-hosting"))).contains("<script>");

		// the scoper saves meanwhile; the partner's page still holds version 1
		SaveOutcome theirs = this.plans.save(this.team.projectId(), "hosting", new SectionSave(
				"Hosted by the partner in Kenya.\n\nCompute: **paid by the partner**. <script>document.title='owned'</script>",
				1), this.team.scoper().current());
		assertThat(theirs).isInstanceOf(SaveOutcome.Saved.class);
		browser.type(By.id("body-hosting"),
				"Hosted by the partner.\n\nCompute: **paid by the partner**. <script>document.title='owned'</script>\n\nAccess ends on the project's end date.");
		browser.submit(By.id("save-hosting"));
		assertThat(browser.text(By.id("merge-view"))).contains("Someone saved this section");
		assertThat(browser.isPresent(By.id("merge-clean"))).isTrue();
		String merged = browser.find(By.id("body-hosting")).getDomProperty("value");
		assertThat(merged).contains("in Kenya").contains("Access ends on the project's end date.");
		browser.submit(By.id("save-hosting"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Section saved.");
		assertThat(browser.text(By.id("text-hosting"))).contains("in Kenya").contains("Access ends");
		assertThat(this.plans.section(this.team.projectId(), "hosting", this.team.scoper().current()).version())
			.isEqualTo(3);
	}

	@Test
	void historyComparesAndRestoresAndCommentsAreResolved() {
		this.plans.save(this.team.projectId(), "review", new SectionSave("Reviewed every year.", 0),
				this.team.partner().current());
		this.plans.save(this.team.projectId(), "review", new SectionSave("Reviewed every six months.", 1),
				this.team.scoper().current());
		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit("/projects/" + this.team.projectId() + "/plan");
		browser.follow(By.id("history-review"));
		browser.follow(By.id("compare-2"));
		assertThat(browser.find(By.cssSelector("#revision-diff del")).getText()).contains("year");
		assertThat(browser.find(By.cssSelector("#revision-diff ins")).getText()).contains("six months");
		browser.submit(By.id("restore-1"));
		assertThat(browser.text(By.id("flash-success"))).contains("version 1").contains("version 3");
		assertThat(this.plans.section(this.team.projectId(), "review", this.team.partner().current()).body())
			.isEqualTo("Reviewed every year.");

		browser.visit("/projects/" + this.team.projectId() + "/plan");
		browser.type(By.id("comment-review"), "@" + this.team.scoper().username() + " is a year enough?");
		browser.submit(By.id("send-comment-review"));
		assertThat(browser.text(By.id("open-comments-review"))).isEqualTo("1 open");
		assertThat(browser.text(By.id("comments-review"))).contains("is a year enough?");
		browser.submit(By.xpath("//div[@id='comments-review']//button[starts-with(@id,'resolve-')]"));
		assertThat(browser.text(By.id("open-comments-review"))).isEqualTo("0 open");
	}

	/**
	 * Two real sessions in one browser: the partner's window talks to {@code localhost},
	 * the scoper's to {@code 127.0.0.1}, so each has its own cookies and so its own
	 * session.
	 */
	@Test
	void twoPeopleOnOneSectionSeeEachOtherHearOfTheSaveAndTheStaleSaveMergesKeepingBoth() {
		String base = "Hosted by the partner.\n\nCompute is paid by the partner.\n\nAccess is revoked at the end.";
		assertThat(this.plans.save(this.team.projectId(), "hosting", new SectionSave(base, 0),
				this.team.partner().current()))
			.isInstanceOf(SaveOutcome.Saved.class);
		String plan = "/projects/" + this.team.projectId() + "/plan#section-hosting";
		String partnerName = "Test " + this.team.partner().username();
		String scoperName = "Test " + this.team.scoper().username();
		WebDriver driver = browser.driver();
		String partnerWindow = driver.getWindowHandle();
		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit(plan);
		driver.switchTo().newWindow(WindowType.WINDOW);
		String scoperWindow = driver.getWindowHandle();
		try {
			browser.baseUrl("http://127.0.0.1:" + this.port);
			browser.signIn(this.team.scoper().username(), this.team.scoper().password());
			browser.visit(plan);

			// both see the other in the section
			awaitText(By.id("presence-hosting"), "Here: " + partnerName, Duration.ofSeconds(10));
			driver.switchTo().window(partnerWindow);
			awaitText(By.id("presence-hosting"), "Here: " + scoperName, Duration.ofSeconds(10));
			browser.type(By.id("body-hosting"), base + "\n\nThe partner deletes its copy within a month.");

			driver.switchTo().window(scoperWindow);
			awaitText(By.id("presence-hosting"), partnerName + " (editing)", Duration.ofSeconds(10));
			browser.type(By.id("body-hosting"), "Storage stays in Kenya.\n\n" + base);
			browser.submit(By.id("save-hosting"));
			assertThat(browser.text(By.id("flash-success"))).isEqualTo("Section saved.");

			// the partner hears of it within two seconds, in the section
			driver.switchTo().window(partnerWindow);
			awaitText(By.id("notices-hosting"), scoperName + " saved version 2 of this section", Duration.ofSeconds(2));

			// the partner's save is stale: the merge view, both texts kept
			browser.submit(By.id("save-hosting"));
			assertThat(browser.text(By.id("merge-view"))).contains("Someone saved this section");
			assertThat(browser.isPresent(By.id("merge-clean"))).isTrue();
			assertThat(browser.find(By.id("body-hosting")).getDomProperty("value")).contains("Storage stays in Kenya.")
				.contains("The partner deletes its copy within a month.");
			browser.submit(By.id("save-hosting"));
			assertThat(browser.text(By.id("flash-success"))).isEqualTo("Section saved.");
			assertThat(browser.text(By.id("text-hosting"))).contains("Storage stays in Kenya.")
				.contains("The partner deletes its copy within a month.");

			browser.follow(By.id("history-hosting"));
			assertThat(browser.text(By.id("revision-3"))).contains(partnerName);
			assertThat(browser.text(By.id("revision-2"))).contains(scoperName);
		}
		finally {
			driver.switchTo().window(scoperWindow).close();
			driver.switchTo().window(partnerWindow);
		}
	}

	private static void awaitText(By element, String text, Duration within) {
		new WebDriverWait(browser.driver(), within)
			.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
	}

	@Test
	void volunteersReadThePlanButCannotEditIt() {
		browser.signIn(this.team.volunteer().username(), this.team.volunteer().password());
		browser.visit("/projects/" + this.team.projectId() + "/plan");
		assertThat(browser.isPresent(By.id("plan-read-only"))).isTrue();
		assertThat(browser.isPresent(By.id("form-hosting"))).isFalse();
		assertThat(browser.text(By.id("section-parties"))).contains("Parties and contacts");
	}

}
