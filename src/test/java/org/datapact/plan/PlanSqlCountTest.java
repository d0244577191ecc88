package org.datapact.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionSave;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.datapact.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan page, the plan API and a section save cost the same number of SQL statements
 * whether the plan's sections were saved 5 or 500 times: nothing is read per revision.
 * The figures are printed for the closing note ({@code [sql] ...}).
 */
@IntegrationTest
@Import({ QuestionnaireFixtures.class, SqlStatementCounter.Configuration.class })
class PlanSqlCountTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	ProjectService projects;

	@Autowired
	PlanService plans;

	@Test
	void pageApiAndSaveCostTheSameAtFiveAndFiveHundredRevisions() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Map<Integer, long[]> costs = new LinkedHashMap<>();
		for (int revisions : new int[] { 5, 500 }) {
			Team team = new PlanFixtures(this.questionnaireFixtures, this.questionnaires, this.review).acceptedTeam(1);
			int version = 0;
			for (int i = 0; i < revisions; i++) {
				SaveOutcome saved = this.plans.save(team.projectId(), "hosting",
						new SectionSave("Revision " + i + " of the hosting section.", version),
						team.partner().current());
				version = ((SaveOutcome.Saved) saved).version();
			}
			MockHttpSession partner = Logins.signIn(mvc, team.partner());
			String plan = "/projects/" + team.projectId() + "/plan";
			String api = "/api/v1/projects/" + team.projectId() + "/plan";
			mvc.perform(get(plan).session(partner)).andExpect(status().isOk());
			SqlStatementCounter.takeForThisThread();
			mvc.perform(get(plan).session(partner)).andExpect(status().isOk());
			long page = SqlStatementCounter.takeForThisThread();
			mvc.perform(get(api).session(partner).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
			long read = SqlStatementCounter.takeForThisThread();
			mvc.perform(put(api + "/sections/hosting").session(partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"One more.\", \"version\": " + version + "}")).andExpect(status().isOk());
			long save = SqlStatementCounter.takeForThisThread();
			costs.put(revisions, new long[] { page, read, save });
			System.out.printf("[sql] plan with %d revisions: page %d, API read %d, section save %d statements%n",
					revisions, page, read, save);
		}
		assertThat(costs.get(500)).containsExactly(costs.get(5));
	}

}
