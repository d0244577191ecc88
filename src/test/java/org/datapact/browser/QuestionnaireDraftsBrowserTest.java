package org.datapact.browser;

import java.util.List;

import org.datapact.project.ProjectRole;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers typed but not yet saved are kept in the browser under the account that typed
 * them: signing out forgets them, and a second person on the same browser neither sees
 * nor replays them.
 */
class QuestionnaireDraftsBrowserTest extends BrowserTestSupport {

	private static final String FIELD = "q-respondent_role-input";

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	Team team;

	String page;

	@BeforeEach
	void team() {
		this.team = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires).team();
		this.projects.addMember(this.team.admin().current(), this.team.projectId(), this.team.colleague().id(),
				ProjectRole.PARTNER_STAFF);
		this.page = "/projects/" + this.team.projectId() + "/questionnaire";
	}

	@Test
	void draftsAreKeptUnderTheAccountAndSigningOutForgetsThem() {
		browser.signIn(this.team.partner().username(), this.team.partner().password());
		browser.visit(this.page);
		String own = "datapact-drafts:" + this.team.partner().id() + ":" + this.page;
		@SuppressWarnings("unchecked")
		List<String> keptWhileTyping = (List<String>) js().executeScript("""
				const field = document.getElementById(arguments[0]);
				field.value = 'Typed, not yet saved';
				field.dispatchEvent(new Event('input', { bubbles: true }));
				return Object.keys(window.localStorage).filter((key) => key.startsWith('datapact-drafts:'));""", FIELD);
		assertThat(keptWhileTyping).containsExactly(own);
		browser.waitFor((driver) -> String
			.valueOf(js().executeScript("return document.getElementById('s-q-respondent_role').textContent"))
			.strip()
			.startsWith("Saved"));
		// a draft the network kept from the server, and one of another account
		js().executeScript("window.localStorage.setItem(arguments[0], arguments[1])", own,
				"{\"" + FIELD + "\": \"Never reached the server\"}");
		assertThat(drafts()).contains("Never reached the server");

		browser.signOut();

		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(draftKeys()).isEmpty();
	}

	@Test
	void aSecondPersonOnTheSameBrowserNeitherSeesNorReplaysAnotherAccountsDraft() {
		// the first person's session ended without signing out, a draft left behind
		browser.visit("/login");
		String left = "datapact-drafts:" + this.team.partner().id() + ":" + this.page;
		js().executeScript("window.localStorage.setItem(arguments[0], arguments[1])", left,
				"{\"" + FIELD + "\": \"Left behind by someone else\"}");
		browser.signIn(this.team.colleague().username(), this.team.colleague().password());

		browser.visit(this.page);

		assertThat(browser.find(By.id(FIELD)).getAttribute("value")).isEmpty();
		assertThat(draftKeys()).doesNotContain(left);
		browser.waitFor((driver) -> Boolean.TRUE
			.equals(js().executeScript("return document.querySelector('.htmx-request') === null")));
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.colleague().current())
			.answers()
			.get("respondent_role")).as("nothing replayed").isNull();
	}

	@SuppressWarnings("unchecked")
	private static List<String> draftKeys() {
		return (List<String>) js().executeScript("""
				const keys = [];
				for (let i = 0; i < window.localStorage.length; i++) {
				  const key = window.localStorage.key(i);
				  if (key.startsWith('datapact-drafts:')) { keys.push(key); }
				}
				return keys;""");
	}

	private static String drafts() {
		return String.valueOf(js().executeScript("""
				const values = [];
				for (let i = 0; i < window.localStorage.length; i++) {
				  const key = window.localStorage.key(i);
				  if (key.startsWith('datapact-drafts:')) { values.push(window.localStorage.getItem(key)); }
				}
				return values.join('\\n');"""));
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

}
