package org.datapact.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.datapact.organisation.Recipient;
import org.datapact.organisation.UserAccounts;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.SubmitOutcome;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.datapact.support.TestDatabaseInitializer;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People get their mails in the language they signed in with or last chose in the
 * switcher; English until then.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import(QuestionnaireFixtures.class)
class MailLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPartnerWhoSignedInWithAFrenchBrowserGetsTheReturnMailInFrench() throws Exception {
		Team team = this.questionnaireFixtures.team();
		this.mvc
			.perform(Logins.login(team.partner().username(), team.partner().password())
				.header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(redirectedUrl("/"));
		assertThat(languageOf(team.partner())).isEqualTo(Locale.FRENCH);

		this.questionnaireFixtures.completeAll(team, 1);
		assertThat(this.questionnaires.submit(team.projectId(), team.partner().current()))
			.isInstanceOf(SubmitOutcome.Submitted.class);
		this.review.returnForChanges(team.projectId(), team.scoper().current(), "Précisez la source.");

		MimeMessage mail = TestMailServer.awaitMailsTo(team.partner().username() + "@example.org", 1).get(0);
		assertThat(mail.getSubject())
			.isEqualTo("Votre questionnaire sur la sécurité des données a été renvoyé pour modification");
		// the scoper never signed in: English
		MimeMessage review = TestMailServer.awaitMailsTo(team.scoper().username() + "@example.org", 1).get(0);
		assertThat(review.getSubject()).isEqualTo("A Data Security Questionnaire waits for your review");
	}

	@Test
	void theLanguageChosenInTheSwitcherIsRememberedOnceAndAudited() throws Exception {
		Team team = this.questionnaireFixtures.team();
		MockHttpSession session = Logins.signIn(this.mvc, team.colleague());
		assertThat(languageOf(team.colleague())).isEqualTo(Locale.ENGLISH);
		assertThat(languageChanges(team.colleague())).as("signed in without a language: English")
			.containsExactly("language=en");

		this.mvc.perform(get("/").param("lang", "fr").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/").param("lang", "fr").session(session)).andExpect(status().isOk());
		assertThat(languageOf(team.colleague())).isEqualTo(Locale.FRENCH);
		assertThat(languageChanges(team.colleague())).containsExactly("language=en", "language=fr");

		this.mvc.perform(get("/").param("lang", "de").session(session)).andExpect(status().isOk());
		assertThat(languageOf(team.colleague())).as("a language DataPact does not speak changes nothing")
			.isEqualTo(Locale.FRENCH);
		this.mvc.perform(get("/").param("lang", "en").session(session)).andExpect(status().isOk());
		assertThat(languageOf(team.colleague())).isEqualTo(Locale.ENGLISH);
		assertThat(languageChanges(team.colleague())).containsExactly("language=en", "language=fr", "language=en");
	}

	private Locale languageOf(org.datapact.support.Fixtures.TestUser user) {
		Map<java.util.UUID, Recipient> found = this.accounts.recipients(List.of(user.id()));
		return found.get(user.id()).language();
	}

	private List<String> languageChanges(org.datapact.support.Fixtures.TestUser user) {
		return this.jdbc.sql(
				"select details from audit_entry where action = 'USER_LANGUAGE_CHANGED' and entity_id = ? order by seq")
			.param(user.id().toString())
			.query(String.class)
			.list();
	}

}
