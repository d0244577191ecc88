package org.datapact.classification.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.OverrideView;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.OverrideService;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.fieldError;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Level overrides with the four-eyes rule and context declarations through the API, with
 * the pages' checks: a raise applies at once, a lowering waits for a second person and is
 * refused to the one who asked, and only admins declare a context; bad input answers
 * problem+json naming the field, never a 500.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OverrideAndContextApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ClassificationService classifications;

	@Autowired
	OverrideService overrides;

	@Autowired
	JdbcTemplate jdbc;

	Team team;

	MockHttpSession scoper;

	MockHttpSession admin;

	String dataset;

	@BeforeEach
	void classified() throws Exception {
		QuestionnaireFixtures fixtures = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires);
		this.team = fixtures.team();
		fixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		this.dataset = this.classifications.current(this.team.projectId()).orElseThrow().datasets().get(0).datasetId();
		this.scoper = Logins.signIn(this.mvc, this.team.scoper());
		this.admin = Logins.signIn(this.mvc, this.team.admin());
	}

	@Test
	void aLoweringWaitsForASecondPersonWhoIsNotTheOneWhoAsked() throws Exception {
		MockHttpServletResponse asked = send(post(overrides()), this.scoper, """
				{"datasetId": "%s", "level": "CONFIDENTIAL", "justification": "Aggregated before sharing"}"""
			.formatted(this.dataset));
		assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(200);
		assertThat(JsonPath.<String>read(asked.getContentAsString(), "$.outcome")).isEqualTo("PENDING");

		String listed = read(overrides(), this.scoper).getContentAsString();
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].status")).containsExactly("PENDING");
		String id = JsonPath.read(listed, "$.items[0].id");

		MockHttpServletResponse self = send(post(overrides() + "/" + id + "/approval"), this.scoper, null);
		assertThat(self.getStatus()).isEqualTo(400);
		assertThat(fieldError(self.getContentAsString(), "overrideId")).isNotBlank();
		assertThat(send(post(overrides() + "/" + id + "/approval"), this.admin, null).getStatus()).isEqualTo(204);

		StoredClassification after = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(after.dataset(this.dataset).orElseThrow().finalLevel()).isEqualTo(Level.CONFIDENTIAL);
		// decided: neither approved nor rejected again
		assertThat(send(post(overrides() + "/" + id + "/rejection"), this.admin, null).getStatus()).isEqualTo(400);
	}

	@Test
	void aRaiseAppliesAtOnceAndAPendingLoweringCanBeWithdrawn() throws Exception {
		assertThat(this.overrides.change(this.team.scoper().current(), this.team.projectId(), this.dataset,
				Level.CONFIDENTIAL, "Aggregated"))
			.isEqualTo(OverrideService.Outcome.PENDING);
		OverrideView pending = this.overrides.overrides(this.team.scoper().current(), this.team.projectId()).get(0);
		assertThat(send(post(overrides() + "/" + pending.id() + "/rejection"), this.scoper, null).getStatus())
			.isEqualTo(204);
		assertThat(this.overrides.overrides(this.team.scoper().current(), this.team.projectId()).get(0).status())
			.isEqualTo(OverrideStatus.REJECTED);
		MockHttpSession partner = Logins.signIn(this.mvc, this.team.partner());
		assertThat(send(post(overrides()), partner, """
				{"datasetId": "%s", "level": "PUBLIC", "justification": "Partner lowers?"}""".formatted(this.dataset))
			.getStatus()).isEqualTo(403);
		assertThat(send(post(overrides() + "/" + pending.id() + "/approval"), partner, null).getStatus())
			.isEqualTo(403);
	}

	@Test
	void badOverridesAreA400NamingTheField() throws Exception {
		for (String[] bad : List.of(
				new String[] { "{\"datasetId\": \"nope\", \"level\": \"SECRET\", \"justification\": \"Why\"}",
						"datasetId" },
				new String[] { "{\"datasetId\": \"%s\", \"level\": \"SECRET\", \"justification\": \"  \"}",
						"justification" },
				new String[] { "{\"datasetId\": \"%s\", \"justification\": \"Why\"}", "level" },
				new String[] { "{\"datasetId\": \"%s\", \"level\": \"SECRET\", \"justification\": \"" + "x".repeat(2001)
						+ "\"}", "justification" })) {
			String body = bad[0].formatted(this.dataset);
			MockHttpServletResponse response = send(post(overrides()), this.scoper, body);
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(fieldError(response.getContentAsString(), bad[1])).isNotBlank();
		}
		for (String body : List.of("{", "{\"datasetId\": \"x\", \"level\": \"TOP_SECRET\", \"justification\": \"Why\"}",
				"[]")) {
			MockHttpServletResponse response = send(post(overrides()), this.scoper, body);
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			assertNoLeak(response.getContentAsString());
		}
		assertThat(send(post(overrides() + "/not-a-uuid/approval"), this.admin, null).getStatus()).isEqualTo(400);
		assertThat(this.overrides.overrides(this.team.scoper().current(), this.team.projectId())).isEmpty();
	}

	@Test
	void onlyAdminsDeclareAContextAndItMarksTheCountrysProjects() throws Exception {
		// a country no other test uses, so that the declaration marks this project alone
		java.util.UUID marshallIslands = this.projects
			.create(this.team.admin().current(),
					new org.datapact.project.domain.ProjectCommand(this.team.organisationId(),
							"Marshall Islands " + Fixtures.unique(), "Purpose", "MH",
							java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)))
			.id();
		String body = """
				{"country": "MH", "contextKey": "api_context_%s", "description": "Declared through the API",
				 "effectiveFrom": "2026-01-01"}"""
			.formatted(Fixtures.unique().toLowerCase().replaceAll("[^a-z0-9]", ""));
		assertThat(send(post("/api/v1/classification/contexts"), this.scoper, body).getStatus()).isEqualTo(403);
		MockHttpServletResponse declared = send(post("/api/v1/classification/contexts"), this.admin, body);
		assertThat(declared.getStatus()).as(declared.getContentAsString()).isEqualTo(201);
		assertThat(JsonPath.<Integer>read(declared.getContentAsString(), "$.projectsMarked")).isOne();
		assertThat(JsonPath.<String>read(declared.getContentAsString(), "$.declaredByLabel")).isNotBlank();
		String id = JsonPath.read(declared.getContentAsString(), "$.id");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from classification_reassessment where project_id = ? and context_id = ?::uuid",
				Integer.class, marshallIslands, id))
			.isEqualTo(1);

		String listed = read("/api/v1/classification/contexts", this.admin).getContentAsString();
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].id")).contains(id);
		assertThat(read("/api/v1/classification/contexts", this.scoper).getStatus()).isEqualTo(403);
	}

	@Test
	void badDeclarationsAreA400NamingTheField() throws Exception {
		for (String[] bad : List.of(new String[] {
				"{\"country\": \"XX\", \"contextKey\": \"conflict\", \"description\": \"D\", \"effectiveFrom\": \"2026-01-01\"}",
				"country" },
				new String[] {
						"{\"country\": \"KE\", \"contextKey\": \"Bad Key\", \"description\": \"D\", \"effectiveFrom\": \"2026-01-01\"}",
						"contextKey" },
				new String[] {
						"{\"country\": \"KE\", \"contextKey\": \"conflict\", \"description\": \" \", \"effectiveFrom\": \"2026-01-01\"}",
						"description" },
				new String[] { "{\"country\": \"KE\", \"contextKey\": \"conflict\", \"description\": \"D\"}",
						"effectiveFrom" },
				new String[] {
						"{\"country\": \"KE\", \"contextKey\": \"conflict\", \"description\": \"D\", \"effectiveFrom\": \"2026-02-01\", \"effectiveTo\": \"2026-01-01\"}",
						"effectiveTo" })) {
			MockHttpServletResponse response = send(post("/api/v1/classification/contexts"), this.admin, bad[0]);
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(fieldError(response.getContentAsString(), bad[1])).isNotBlank();
		}
		MockHttpServletResponse badDate = send(post("/api/v1/classification/contexts"), this.admin,
				"{\"country\": \"KE\", \"contextKey\": \"conflict\", \"description\": \"D\", \"effectiveFrom\": \"1 May\"}");
		assertThat(badDate.getStatus()).isEqualTo(400);
		assertNoLeak(badDate.getContentAsString());
	}

	private String overrides() {
		return "/api/v1/projects/" + this.team.projectId() + "/classification/overrides";
	}

	private MockHttpServletResponse read(String url, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(get(url).session(session).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session, String body)
			throws Exception {
		request.session(session).with(csrf()).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
