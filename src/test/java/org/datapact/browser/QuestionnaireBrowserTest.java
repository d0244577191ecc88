package org.datapact.browser;

import java.util.ArrayList;
import java.util.List;

import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire end to end: a partner fills the whole default template, with its
 * conditional branches and three datasets, closes the tab half way and comes back,
 * submits; a scoper asks a clarification and returns it; the partner answers, changes an
 * answer and resubmits; the comparison shows the change.
 */
class QuestionnaireBrowserTest extends BrowserTestSupport {

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	Team team;

	String page;

	@BeforeEach
	void team() {
		this.team = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires).team();
		this.page = "/projects/" + this.team.projectId() + "/questionnaire";
	}

	@Test
	void partnerFillsSubmitsScoperReturnsWithAClarificationPartnerResubmitsAndTheChangeShows() {
		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit("/projects/" + this.team.projectId());
		browser.follow(By.cssSelector("a[href$='/questionnaire']"));
		assertThat(browser.path()).isEqualTo(this.page);
		assertThat(browser.text(By.id("questionnaire-status"))).isEqualTo("In progress");

		answer("q-org_name", "Hope Relief International");
		answer("q-org_type", "other");
		assertThat(shown("q-org_type_other")).as("'Other' asks which type").isTrue();
		answer("q-org_type", "ngo");
		assertThat(shown("q-org_type_other")).isFalse();
		answer("q-org_staff_count", "twelve");
		assertThat(status("q-org_staff_count")).isEqualTo("Not saved: enter a number, such as 120 or 3.5.");
		answer("q-org_staff_count", "12");
		answer("q-sec_two_factor", "yes");
		assertThat(shown("q-sec_two_factor_scope")).isTrue();
		answer("q-sec_two_factor_scope", "email", "databases");
		answer("q-sec_two_factor", "no");
		assertThat(shown("q-sec_two_factor_scope")).as("hidden again, its answer will be discarded").isFalse();

		// The tab is closed half way, one answer still being typed; a new one finds every
		// answer.
		browser.find(By.id("q-respondent_role-input")).sendKeys("Data protection lead");
		String old = browser.driver().getWindowHandle();
		browser.driver().switchTo().newWindow(WindowType.TAB);
		String fresh = browser.driver().getWindowHandle();
		browser.driver().switchTo().window(old).close();
		browser.driver().switchTo().window(fresh);
		browser.visit(this.page);
		assertThat(browser.find(By.id("q-org_name-input")).getAttribute("value"))
			.isEqualTo("Hope Relief International");
		assertThat(browser.find(By.id("q-org_type-ngo")).isSelected()).isTrue();
		assertThat(browser.find(By.id("q-sec_two_factor-no")).isSelected()).isTrue();
		assertThat(shown("q-sec_two_factor_scope")).isFalse();
		assertThat(browser.find(By.id("q-respondent_role-input")).getAttribute("value"))
			.isEqualTo("Data protection lead");
		browser.waitFor((driver) -> status("q-respondent_role").startsWith("Saved")
				|| this.questionnaires.open(this.team.projectId(), this.team.partner().current())
					.answers()
					.get("respondent_role") != null);
		browser.visit(this.page);
		assertThat(browser.find(By.id("q-respondent_role-input")).getAttribute("value"))
			.isEqualTo("Data protection lead");

		browser.submit(By.id("submit-questionnaire"));
		assertThat(browser.text(By.id("missing-answers")))
			.contains("Security capacity: Is there a named data protection lead?")
			.contains("Datasets: Datasets you would share")
			.doesNotContain("Your role in the organisation");
		assertThat(browser.find(By.linkText("Security capacity: Is there a named data protection lead?"))
			.getAttribute("href")).endsWith("#q-sec_dp_lead");

		for (int i = 0; i < 3; i++) {
			browser.submit(By.cssSelector(".add-entry"));
		}
		List<String> datasets = entryIds();
		assertThat(datasets).hasSize(3);
		answer(field(datasets.get(0), "name"), "Displacement tracking by site");
		answer(field(datasets.get(0), "aggregation"), "aggregated");
		assertThat(shown(field(datasets.get(0), "smallest_count"))).isTrue();
		answer(field(datasets.get(0), "smallest_count"), "3");
		answer(field(datasets.get(0), "record_count"), "1200");
		answer(field(datasets.get(1), "name"), "Safety perception survey");
		answer(field(datasets.get(1), "aggregation"), "record_level");
		assertThat(shown(field(datasets.get(1), "smallest_count"))).isFalse();
		answer(field(datasets.get(2), "name"), "Armed actor presence");
		fillEverythingShown();

		browser.submit(By.id("submit-questionnaire"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Revision 1 was submitted for review.");
		assertThat(browser.text(By.id("questionnaire-status"))).isEqualTo("Submitted, waiting for review");
		assertThat(browser.isPresent(By.cssSelector("form.autosave"))).as("a submitted revision is frozen").isFalse();
		List<jakarta.mail.internet.MimeMessage> toScoper = TestMailServer
			.awaitMailsTo(this.team.scoper().username() + "@example.org", 1);
		assertThat(subjectOf(toScoper.get(0))).isEqualTo("A Data Security Questionnaire waits for your review");
		browser.signOut();

		browser.signIn(this.team.scoper().username(), this.team.scoper().password());
		browser.visit(this.page);
		assertThat(browser.text(By.id(field(datasets.get(0), "record_count")))).contains("1200 records");
		assertThat(browser.driver().findElement(By.id("q-sec_two_factor_scope")).getAttribute("textContent"))
			.as("hidden answers are never shown")
			.doesNotContain("E-mail");
		WebElement ask = browser.find(By.id(field(datasets.get(0), "record_count")))
			.findElement(By.cssSelector(".ask-clarification"));
		click(ask.findElement(By.tagName("summary")));
		browser.type(By.id("ask-" + field(datasets.get(0), "record_count")), "Households or people?");
		browser.submit(By.cssSelector("#" + field(datasets.get(0), "record_count") + " .ask-clarification button"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Your clarification was sent.");
		browser.type(By.id("return-note-input"), "Please say whether the record count is households or people.");
		browser.submit(By.id("return-questionnaire"));
		assertThat(browser.text(By.id("questionnaire-status"))).isEqualTo("Returned for changes");
		browser.signOut();

		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit(this.page);
		assertThat(browser.text(By.id("return-note"))).contains("households or people");
		List<jakarta.mail.internet.MimeMessage> toPartner = TestMailServer
			.awaitMailsTo(this.team.partner().username() + "@example.org", 2);
		assertThat(toPartner).extracting(QuestionnaireBrowserTest::subjectOf)
			.containsExactlyInAnyOrder("A scoper asks about one of your answers",
					"Your Data Security Questionnaire was returned for changes");
		WebElement thread = browser
			.find(By.cssSelector("#" + field(datasets.get(0), "record_count") + " .clarification"));
		assertThat(thread.getText()).contains("Households or people?");
		String reply = thread.findElement(By.tagName("textarea")).getAttribute("id");
		browser.type(By.id(reply), "People: 1200 individuals.");
		browser.submit(By.cssSelector("#" + field(datasets.get(0), "record_count") + " .clarification button"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Your message was added.");
		answer(field(datasets.get(0), "record_count"), "1250");
		browser.submit(By.id("submit-questionnaire"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Revision 2 was submitted for review.");
		browser.signOut();

		browser.signIn(this.team.scoper().username(), this.team.scoper().password());
		browser.visit(this.page);
		browser.follow(By.id("compare-revisions"));
		assertThat(browser.text(By.id("change-count"))).isEqualTo("1 answers changed");
		WebElement changed = browser.find(By.cssSelector("#comparison-table tr.changed"));
		assertThat(changed.getText()).contains("How many records does it have?")
			.contains("1200 records")
			.contains("1250 records");
		browser.check(By.id("only-changes"));
		assertThat(browser.driver()
			.findElements(By.cssSelector("#comparison-table tr.unchanged"))
			.stream()
			.noneMatch(WebElement::isDisplayed)).isTrue();
	}

	private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String field(String entryId, String key) {
		return "q-" + entryId + "-" + key;
	}

	private static List<String> entryIds() {
		List<String> ids = new ArrayList<>();
		for (WebElement entry : browser.driver().findElements(By.cssSelector("article.entry"))) {
			ids.add(entry.getAttribute("id").substring("entry-".length()));
		}
		return ids;
	}

	private static boolean shown(String fieldId) {
		return browser.driver().findElement(By.id(fieldId)).isDisplayed();
	}

	private static String status(String fieldId) {
		Object text = js().executeScript(
				"const s = document.getElementById('s-' + arguments[0]);" + " return s ? s.textContent.trim() : ''",
				fieldId);
		return String.valueOf(text);
	}

	/** Answers one question as a person would, and waits until the autosave answers. */
	private static void answer(String fieldId, String... values) {
		browser.waitFor((driver) -> Boolean.TRUE
			.equals(js().executeScript("return document.querySelector('.htmx-request') === null")));
		WebElement block = browser.find(By.id(fieldId));
		js().executeScript("document.getElementById('s-' + arguments[0]).textContent = ''", fieldId);
		List<WebElement> inputs = block
			.findElements(By.cssSelector("input[name=value], textarea[name=value], select[name=value]"));
		WebElement first = inputs.get(0);
		String type = first.getTagName().equals("input") ? first.getAttribute("type") : first.getTagName();
		switch (type) {
			case "radio" -> click(block.findElement(By.cssSelector("input[value='" + values[0] + "']")));
			case "checkbox" -> {
				for (WebElement box : inputs) {
					boolean wanted = List.of(values).contains(box.getAttribute("value"));
					if (box.isSelected() != wanted) {
						click(box);
					}
				}
			}
			case "select" -> new Select(first).selectByValue(values[0]);
			case "date" -> js().executeScript(
					"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
					first, values[0]);
			default -> {
				first.clear();
				first.sendKeys(values[0]);
				first.sendKeys(org.openqa.selenium.Keys.TAB);
			}
		}
		browser.waitFor((driver) -> !status(fieldId).isEmpty() && !status(fieldId).equals("Saving…"));
	}

	/**
	 * Clicks once the page is still: an autosave answer may show or hide questions and
	 * move the element between scrolling to it and clicking it.
	 */
	private static void click(WebElement element) {
		for (int attempt = 1;; attempt++) {
			browser.waitFor((driver) -> Boolean.TRUE
				.equals(js().executeScript("return document.querySelector('.htmx-request') === null")));
			js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			try {
				element.click();
				return;
			}
			catch (org.openqa.selenium.ElementClickInterceptedException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/** Answers every shown question still without an answer, until none is left. */
	private static void fillEverythingShown() {
		for (int round = 0; round < 500; round++) {
			String next = (String) js().executeScript(
					"""
							for (const block of document.querySelectorAll('.question[data-question]')) {
							  if (block.offsetParent === null) continue;
							  const inputs = [...block.querySelectorAll('[name=value]')];
							  const answered = inputs.some(i => (i.type === 'radio' || i.type === 'checkbox') ? i.checked : i.value !== '');
							  if (!answered) return block.id;
							}
							return null;""");
			if (next == null) {
				return;
			}
			answer(next, defaultAnswer(next));
			assertThat(status(next)).as(next).startsWith("Saved");
		}
	}

	private static String defaultAnswer(String fieldId) {
		WebElement first = browser.find(By.id(fieldId)).findElement(By.cssSelector("[name=value]"));
		String type = first.getTagName().equals("input") ? first.getAttribute("type") : first.getTagName();
		return switch (type) {
			case "radio", "checkbox" -> first.getAttribute("value");
			case "select" -> "KE";
			case "date" -> "2026-06-30";
			default ->
				"inputmode".equals(first.getAttribute("inputmode")) || "decimal".equals(first.getAttribute("inputmode"))
						? "25" : "Answer for " + fieldId;
		};
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

}
