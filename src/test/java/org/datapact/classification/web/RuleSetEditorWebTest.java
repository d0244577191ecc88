package org.datapact.classification.web;

import java.util.Locale;

import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetSummary;
import org.datapact.classification.domain.RuleSetTesting;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveServerTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@LiveServerTest
class RuleSetEditorWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RuleSetAdministration administration;

	TestUser admin;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = this.fixtures.admin();
		this.session = Logins.signIn(this.mvc, this.admin);
	}

	@Test
	void theEditorShowsEachProblemWithItsPathInTheUsersLanguageAndSavesNothing() throws Exception {
		RuleSetTesting.discardDrafts(this.administration, this.admin.current());
		RuleSetSummary draft = this.administration.createDraft(this.admin.current(),
				this.administration.inForce(this.admin.current()).summary().id());
		int index = this.administration.get(this.admin.current(), draft.id()).definition().rules().size();
		String body = this.mvc
			.perform(post("/admin/classification/rule-sets/{id}/rules", draft.id()).session(this.session)
				.with(csrf())
				.locale(Locale.FRENCH)
				.param("action", "save")
				.param("lockVersion", String.valueOf(draft.lockVersion()))
				.param("key", "Bad Key")
				.param("level", "SECRET")
				.param("descriptionEn", "d")
				.param("descriptionFr", "d")
				.param("explanationEn", "e")
				.param("explanationFr", "")
				.param("reference", "r")
				.param("rows[0].op", "all")
				.param("rows[1].parent", "0")
				.param("rows[1].op", "in")
				.param("rows[1].attribute", "topics")
				.param("rows[1].values", "armed_actors"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("rules[" + index + "].key")
			.contains("utilisez des minuscules")
			.contains("rules[" + index + "].explanation.fr")
			.contains("rules[" + index + "].condition.of[0].attribute")
			.contains("« est l’une de » demande une question à option unique ; topics est de type MULTI")
			.contains("href=\"#rows-1-op\"");
		assertThat(this.administration.get(this.admin.current(), draft.id()).summary().lockVersion())
			.isEqualTo(draft.lockVersion());
	}

	@Test
	void theTestBenchComparesTheVersionWithTheRulesInForce() throws Exception {
		var inForce = this.administration.inForce(this.admin.current()).summary();
		String body = this.mvc
			.perform(post("/admin/classification/rule-sets/{id}/test-bench", inForce.id()).session(this.session)
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("action", "run")
				.param("samples", "2")
				.param("country", "KE")
				.param("d0.direct_identifiers", "names")
				.param("d1.aggregation", "aggregated")
				.param("d1.location_granularity", "national"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"bench-sample-1\"")
			.contains("direct_identifiers")
			.contains("It contains direct identifiers")
			.contains("Project level: Secret with this version, Secret with the rules in force.")
			.contains("coarse_aggregates");
	}

	@Test
	void othersAreRefused() throws Exception {
		MockHttpSession scoper = Logins.signIn(this.mvc, this.fixtures.scoper());
		assertThat(this.mvc.perform(get("/admin/classification/rule-sets").session(scoper))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
