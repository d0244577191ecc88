package org.datapact.questionnaire.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.ClarificationView;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.fieldError;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Clarifications through the API, with the page's checks: a scoper asks about an answer
 * of a submitted questionnaire, the partner replies, the scoper resolves it; the steps
 * the questionnaire's state or the caller's role do not allow are refused as
 * problem+json, never a 500.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ClarificationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	Team team;

	MockHttpSession partner;

	MockHttpSession scoper;

	@BeforeEach
	void submitted() throws Exception {
		QuestionnaireFixtures fixtures = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires);
		this.team = fixtures.team();
		this.partner = Logins.signIn(this.mvc, this.team.partner());
		this.scoper = Logins.signIn(this.mvc, this.team.scoper());
	}

	@Test
	void aScoperAsksThePartnerRepliesAndTheScoperResolves() throws Exception {
		submit();
		MockHttpServletResponse asked = post(this.scoper, "", """
				{"question": "org_name", "text": "Is this the registered name?"}""");
		assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
		String id = JsonPath.read(asked.getContentAsString(), "$.id");

		assertThat(post(this.partner, "/" + id + "/replies", """
				{"text": "Yes, as in the NGO register."}""").getStatus()).isEqualTo(204);

		String listed = this.mvc
			.perform(get("/api/v1/projects/" + this.team.projectId() + "/questionnaire/clarifications")
				.session(this.partner)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].id")).containsExactly(id);
		assertThat(JsonPath.<List<String>>read(listed, "$.items[0].messages[*].body")).hasSize(2);
		assertThat(JsonPath.<Boolean>read(listed, "$.items[0].open")).isTrue();

		assertThat(post(this.scoper, "/" + id + "/resolution", null).getStatus()).isEqualTo(204);
		ClarificationView thread = thread(UUID.fromString(id));
		assertThat(thread.open()).isFalse();
		assertThat(thread.messages()).extracting(ClarificationView.Message::body)
			.containsExactly("Is this the registered name?", "Yes, as in the NGO register.");
		// resolved: neither a reply nor a second resolution
		assertThat(post(this.partner, "/" + id + "/replies", """
				{"text": "One more thing"}""").getStatus()).isEqualTo(409);
		assertThat(post(this.scoper, "/" + id + "/resolution", null).getStatus()).isEqualTo(409);
	}

	@Test
	void onlyScopersAskAndResolveAndNotBeforeSubmission() throws Exception {
		assertThat(post(this.scoper, "", """
				{"question": "org_name", "text": "Before submission?"}""").getStatus()).isEqualTo(409);
		submit();
		assertThat(post(this.partner, "", """
				{"question": "org_name", "text": "Partner asks?"}""").getStatus()).isEqualTo(403);
		String id = JsonPath.read(post(this.scoper, "", """
				{"question": "org_name", "text": "Registered name?"}""").getContentAsString(), "$.id");
		assertThat(post(this.partner, "/" + id + "/resolution", null).getStatus()).isEqualTo(403);
		MockHttpSession volunteer = Logins.signIn(this.mvc, this.team.volunteer());
		assertThat(post(volunteer, "/" + id + "/replies", """
				{"text": "Volunteer replies?"}""").getStatus()).isEqualTo(403);
		assertThat(thread(UUID.fromString(id)).open()).isTrue();
	}

	@Test
	void badInputIsA400NamingTheFieldOrA404NeverA500() throws Exception {
		submit();
		for (String[] bad : List.of(new String[] { "{\"question\": \"no_such\", \"text\": \"Why?\"}", "question" },
				new String[] { "{\"question\": \"org_name\", \"text\": \"  \"}", "text" },
				new String[] { "{\"question\": \"org_name\"}", "text" },
				new String[] { "{\"question\": \"org_name\", \"text\": \"" + "x".repeat(5001) + "\"}", "text" },
				new String[] { "{\"question\": \"delete_by\", \"text\": \"Which entry?\"}", "question" })) {
			MockHttpServletResponse response = post(this.scoper, "", bad[0]);
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(fieldError(response.getContentAsString(), bad[1])).isNotBlank();
			assertNoLeak(response.getContentAsString());
		}
		for (String body : List.of("{", "[]", "{\"question\": 5, \"text\": []}")) {
			MockHttpServletResponse response = post(this.scoper, "", body);
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			assertNoLeak(response.getContentAsString());
		}
		assertThat(post(this.partner, "/" + UUID.randomUUID() + "/replies", """
				{"text": "To nothing"}""").getStatus()).isEqualTo(404);
		assertThat(post(this.scoper, "/not-a-uuid/resolution", null).getStatus()).isEqualTo(400);
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.scoper().current()).clarifications())
			.isEmpty();
	}

	private void submit() {
		new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires).completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
	}

	private ClarificationView thread(UUID id) {
		return this.questionnaires.open(this.team.projectId(), this.team.scoper().current())
			.clarifications()
			.stream()
			.filter((view) -> view.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletResponse post(MockHttpSession session, String path, String body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/projects/" + this.team.projectId() + "/questionnaire/clarifications" + path)
			.session(session)
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
