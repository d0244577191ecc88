package org.datapact.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.SectionView;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveServerTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The plan over HTTP, page and JSON API (every API call checked against the OpenAPI
 * document by the contract test's validator): reading, saving with a version, the 409
 * with the current text, the merge view on the page, and bad input answered with a clear,
 * localised reason and nothing saved.
 */
@LiveServerTest
class PlanWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	PlanService plans;

	Team team;

	MockHttpSession partner;

	MockHttpSession scoper;

	@BeforeEach
	void plan() throws Exception {
		this.team = new PlanFixtures(new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires),
				this.questionnaires, this.review)
			.acceptedTeam(1);
		this.partner = Logins.signIn(this.mvc, this.team.partner());
		this.scoper = Logins.signIn(this.mvc, this.team.scoper());
	}

	@Test
	void theApiReadsThePlanSavesASectionWithItsVersionAndAnswersAStaleSaveWith409AndTheCurrentText() throws Exception {
		MockHttpServletResponse plan = this.mvc
			.perform(get(api("")).session(this.partner).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(plan.getStatus()).isEqualTo(200);
		String json = plan.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(json, "$.sections.length()")).isEqualTo(11);
		assertThat((Integer) JsonPath.read(json, "$.datasets.length()")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(json, "$.canEdit")).isTrue();

		MockHttpServletResponse saved = save(this.partner, "hosting", "{\"body\": \"Partner-hosted.\", \"version\": 0}",
				"en");
		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(saved.getContentAsString(), "$.version")).isEqualTo(1);

		MockHttpServletResponse stale = save(this.scoper, "hosting", "{\"body\": \"Ours.\", \"version\": 0}", "fr");
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentType()).startsWith("application/problem+json");
		String problem = stale.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(problem, "$.current.value")).isEqualTo("Partner-hosted.");
		assertThat((Integer) JsonPath.read(problem, "$.current.version")).isEqualTo(1);
		assertThat((String) JsonPath.read(problem, "$.current.savedBy")).contains(this.team.partner().username());
		assertThat((String) JsonPath.read(problem, "$.title")).isEqualTo("Conflit");

		MockHttpServletResponse section = this.mvc
			.perform(get(api("/sections/hosting")).session(this.scoper).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(section.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(section.getContentAsString(), "$.body")).isEqualTo("Partner-hosted.");
	}

	@Test
	void theApiRefusesBadInputWithAProblemAndSavesNothing() throws Exception {
		assertProblem(save(this.partner, "hosting", "{\"body\": \"No version\"}", "en"), 400);
		assertProblem(save(this.partner, "hosting", "{\"body\": \"x\", \"version\": -1}", "en"), 400);
		assertProblem(save(this.partner, "hosting", "{\"body\": \"a\\u0000b\", \"version\": 0}", "en"), 400);
		assertProblem(
				save(this.partner, "hosting", "{\"body\": \"" + "x".repeat(100_001) + "\", \"version\": 0}", "en"),
				400);
		assertProblem(save(this.partner, "hosting", "{\"body\": ", "en"), 400);
		assertProblem(save(this.partner, "no_such_section", "{\"body\": \"x\", \"version\": 0}", "en"), 404);
		MockHttpServletResponse brokenUtf8 = this.mvc
			.perform(put(api("/sections/hosting")).session(this.partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content(new byte[] { '{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', ',',
						'"', 'v', 'e', 'r', 's', 'i', 'o', 'n', '"', ':', '0', '}' }))
			.andReturn()
			.getResponse();
		assertThat(brokenUtf8.getStatus()).isIn(200, 400);
		SectionView section = this.plans.section(this.team.projectId(), "hosting", this.team.partner().current());
		if (brokenUtf8.getStatus() == 200) {
			// the decoder replaced the broken byte: the text is stored as shown, never as
			// a 500
			assertThat(section.body()).contains("\uFFFD");
		}
		else {
			assertThat(section.version()).isZero();
		}
	}

	@Test
	void theMergeViewShowsBothTextsAndMergesEditsThatDoNotOverlap() throws Exception {
		String base = "Hosting: partner tenant.\n\nCompute: partner pays.\n";
		save(this.partner, "hosting", json(base, 0), "en");
		save(this.partner, "hosting", json("Hosting: partner tenant in Kenya.\n\nCompute: partner pays.\n", 1), "en");
		MockHttpServletResponse page = this.mvc
			.perform(post("/projects/" + this.team.projectId() + "/plan/sections/hosting").session(this.scoper)
				.with(csrf())
				.param("body", "Hosting: partner tenant.\n\nCompute: partner pays, unless a grant covers it.\n")
				.param("version", "1"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(409);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"merge-view\"").contains("id=\"merge-clean\"");
		assertThat(html)
			.contains("Hosting: partner tenant in Kenya.\n\nCompute: partner pays, unless a grant covers it.");
		assertThat(html).contains("name=\"version\" value=\"2\"");
		assertThat(this.plans.section(this.team.projectId(), "hosting", this.team.scoper().current()).body())
			.isEqualTo("Hosting: partner tenant in Kenya.\n\nCompute: partner pays.\n");
	}

	@Test
	void thePageKeepsTheTextOfARefusedSaveAndSaysWhyInTheUsersLanguage() throws Exception {
		MockHttpServletResponse noVersion = this.mvc
			.perform(post("/projects/" + this.team.projectId() + "/plan/sections/legal").session(this.partner)
				.with(csrf())
				.param("lang", "fr")
				.param("body", "Mon texte <script>alert(1)</script>"))
			.andReturn()
			.getResponse();
		assertThat(noVersion.getStatus()).isEqualTo(400);
		String html = noVersion.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Mon texte &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(html).contains("Rechargez la page");
		MockHttpServletResponse nul = this.mvc
			.perform(post("/projects/" + this.team.projectId() + "/plan/sections/legal").session(this.partner)
				.with(csrf())
				.param("body", "a\u0000b")
				.param("version", "0"))
			.andReturn()
			.getResponse();
		assertThat(nul.getStatus()).isEqualTo(400);
		assertThat(nul.getContentAsString(StandardCharsets.UTF_8)).contains("NUL");
		MockHttpServletResponse ok = this.mvc
			.perform(post("/projects/" + this.team.projectId() + "/plan/sections/legal").session(this.partner)
				.with(csrf())
				.param("body", "**GDPR** applies. <img src=x onerror=alert(1)>")
				.param("version", "0"))
			.andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		String shown = this.mvc.perform(get("/projects/" + this.team.projectId() + "/plan").session(this.partner))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// shown as text in the rendered section and in the text area, never as an element
		assertThat(shown).contains("<strong>GDPR</strong>")
			.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;")
			.doesNotContain("<img");
	}

	private MockHttpServletResponse save(MockHttpSession session, String section, String body, String language)
			throws Exception {
		return this.mvc
			.perform(put(api("/sections/" + section)).session(session)
				.with(csrf())
				.header("Accept-Language", language)
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private static String json(String text, int version) {
		return "{\"body\": \"" + text.replace("\n", "\\n") + "\", \"version\": " + version + "}";
	}

	private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private String api(String path) {
		return "/api/v1/projects/" + this.team.projectId() + "/plan" + path;
	}

}
