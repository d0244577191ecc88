package org.datapact.support.contract;

import java.util.ArrayList;
import java.util.List;

import org.datapact.client.ApiClient;
import org.datapact.client.ApiException;
import org.datapact.client.JSON;
import org.datapact.client.api.ClassificationApi;
import org.datapact.client.api.MeApi;
import org.datapact.client.api.ProjectsApi;
import org.datapact.client.api.QuestionnaireApi;
import org.datapact.client.model.AnswerRequest;
import org.datapact.client.model.CurrentResponse;
import org.datapact.client.model.NewApiToken;
import org.datapact.client.model.Problem;
import org.datapact.client.model.PageResponseProjectSummary;
import org.datapact.client.model.ProjectSummary;
import org.datapact.client.model.QuestionnaireResponse;
import org.datapact.client.model.QuestionnaireStatus;
import org.datapact.client.model.SavedResponse;
import org.datapact.client.model.TemplateDefinition;
import org.datapact.client.model.TokenForm;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client that openapi-generator builds from {@code docs/openapi.json} with its
 * default options (generated and compiled by the build) works against the running
 * application, as an integrator would use it: a token created in a signed-in session,
 * then everything with that token alone. Its calls go through the contract check too
 * ({@link ContractCheckedHttpClient}).
 */
@LiveServerTest
class ApiClientFlowTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Test
	void aPartnersIntegrationReadsAndAnswersItsQuestionnaireWithATokenAndSeesTheClassification() throws Exception {
		QuestionnaireFixtures questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects,
				this.questionnaires);
		Team team = questionnaireFixtures.team();

		LiveClient session = new LiveClient(this.port).signIn(team.partner());
		ApiClient signedIn = client(session);
		String csrf = session.csrfToken();
		signedIn.setRequestInterceptor((request) -> request.header("X-CSRF-TOKEN", csrf));
		NewApiToken token = new MeApi(signedIn)
			.createMyToken(new TokenForm().name("Reporting sync").validDays(30).scope(TokenForm.ScopeEnum.READ_WRITE));
		assertThat(token.getSecret()).startsWith("dp_");
		assertThat(token.getToken().getName()).isEqualTo("Reporting sync");

		ApiClient integration = client(new LiveClient(this.port));
		integration.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token.getSecret()));

		// the project list, page by page
		List<ProjectSummary> visible = new ArrayList<>();
		PageResponseProjectSummary page = new ProjectsApi(integration).listProjects(null, null, 0, 1, "title");
		visible.addAll(page.getItems());
		while (page.getLinks().getNext() != null) {
			page = new ProjectsApi(integration).listProjects(null, null, page.getPage() + 1, 1, "title");
			visible.addAll(page.getItems());
		}
		assertThat(visible).hasSize((int) (long) page.getTotalItems());
		assertThat(visible).extracting(ProjectSummary::getId).contains(team.projectId());
		assertThat(visible).extracting(ProjectSummary::getOrganisationId).containsOnly(team.organisationId());

		QuestionnaireApi questionnaire = new QuestionnaireApi(integration);
		QuestionnaireResponse opened = questionnaire.getQuestionnaire(team.projectId());
		assertThat(opened.getStatus()).isEqualTo(QuestionnaireStatus.IN_PROGRESS);
		assertThat(opened.getEditable()).isTrue();
		TemplateDefinition template = questionnaire.getQuestionnaireTemplate(opened.getTemplate());
		assertThat(template.getSections()).isNotEmpty();
		assertThat(template.getSections()).anySatisfy((section) -> assertThat(section.getQuestions())
			.anySatisfy((question) -> assertThat(question.getKey()).isEqualTo("org_name")));

		SavedResponse saved = questionnaire.saveQuestionnaireAnswer(team.projectId(), "org_name",
				new AnswerRequest().value("Hope Relief International").version(0));
		assertThat(saved.getVersion()).isEqualTo(1);
		assertThat(questionnaire.getQuestionnaire(team.projectId()).getAnswers().get("org_name").getValue())
			.isEqualTo("Hope Relief International");

		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> questionnaire.saveQuestionnaireAnswer(team.projectId(), "org_name",
						new AnswerRequest().value("Written from an old copy").version(0)));
		assertThat(stale.getCode()).isEqualTo(409);
		Problem conflict = new JSON().getMapper().readValue(stale.getResponseBody(), Problem.class);
		assertThat(conflict.getCurrent().getVersion()).isEqualTo(1);
		assertThat(conflict.getCurrent().getValue()).isEqualTo("Hope Relief International");

		questionnaireFixtures.completeAll(team, 1);
		assertThat(questionnaire.submitQuestionnaire(team.projectId()).getRevision()).isEqualTo(1);
		CurrentResponse classification = new ClassificationApi(integration).getProjectClassification(team.projectId());
		assertThat(classification.getProjectId()).isEqualTo(team.projectId());
		assertThat(classification.getCurrent()).isNotNull();
		assertThat(classification.getCurrent().getDatasets()).hasSize(1);
		assertThat(classification.getCurrent().getProjectLevel()).isNotNull();
		assertThat(classification.getCurrent().getQuestionnaireRevision()).isEqualTo(1);
	}

	private ApiClient client(LiveClient live) {
		ApiClient client = new ApiClient();
		client.setHttpClientBuilder(ContractCheckedHttpClient.over(live));
		client.updateBaseUri("http://localhost:" + this.port);
		return client;
	}

}
