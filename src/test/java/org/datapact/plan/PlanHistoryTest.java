package org.datapact.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.plan.domain.PlanHistory;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.RevisionView;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionSave;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A section's history: every save a revision, newest first and paged, a word diff of any
 * two, and an old text restored as a new revision through the same conflict check as any
 * save; another organisation's revisions answer 404.
 */
@LiveServerTest
class PlanHistoryTest {

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

	@Autowired
	PlanHistory history;

	Team team;

	@BeforeEach
	void plan() {
		this.team = new PlanFixtures(new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires),
				this.questionnaires, this.review)
			.acceptedTeam(1);
		save("Hosted by the partner.", 0, true);
		save("Hosted by the partner in Nairobi.", 1, false);
	}

	@Test
	void revisionsComeNewestFirstWithTheirAuthorsAndAnyTwoCompareWordByWord() {
		ListPage<RevisionView> page = this.history.revisions(this.team.projectId(), "hosting",
				this.team.volunteer().current(), PageQuery.firstOf(2));
		assertThat(page.totalItems()).isEqualTo(3);
		assertThat(page.items()).extracting(RevisionView::version).containsExactly(2, 1);
		assertThat(page.items().get(0).authorId()).isEqualTo(this.team.scoper().id());
		assertThat(page.items().get(1).authorName()).contains(this.team.partner().username());
		String diff = this.history.compare(this.team.projectId(), "hosting", 1, 2, this.team.volunteer().current())
			.html();
		assertThat(diff).contains("<ins>").contains("Nairobi").startsWith("Hosted by the partner");
		assertThat(this.history.compare(this.team.projectId(), "hosting", 0, 1, this.team.partner().current()).html())
			.isEqualTo("<ins>Hosted by the partner.</ins>");
	}

	@Test
	void restoringSavesTheOldTextAsANewRevisionAndAStaleRestoreIsAConflict() {
		SaveOutcome restored = this.history.restore(this.team.projectId(), "hosting", 1, 2,
				this.team.partner().current());
		assertThat(restored).isInstanceOfSatisfying(SaveOutcome.Saved.class,
				(s) -> assertThat(s.version()).isEqualTo(3));
		assertThat(this.plans.section(this.team.projectId(), "hosting", this.team.partner().current()).body())
			.isEqualTo("Hosted by the partner.");
		assertThat(this.history.revision(this.team.projectId(), "hosting", 2, this.team.partner().current()).body())
			.isEqualTo("Hosted by the partner in Nairobi.");
		assertThat(this.history.restore(this.team.projectId(), "hosting", 2, 2, this.team.scoper().current()))
			.isInstanceOfSatisfying(SaveOutcome.Conflict.class,
					(c) -> assertThat(c.current()).isEqualTo("Hosted by the partner."));
	}

	@Test
	void anotherOrganisationsRevisionsAndUnknownVersionsAnswer404() {
		var stranger = this.fixtures.user(this.fixtures.partner(), Role.PARTNER).current();
		UUID project = this.team.projectId();
		assertThatThrownBy(() -> this.history.revisions(project, "hosting", stranger, PageQuery.firstOf(20)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.history.revision(project, "hosting", 1, stranger))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.history.revision(project, "hosting", 99, this.team.partner().current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.history.restore(project, "hosting", 1, 2, stranger))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theHistoryPageShowsTheDiffAndTheApiListsAndRestoresRevisions() throws Exception {
		MockHttpSession partner = Logins.signIn(this.mvc, this.team.partner());
		String base = "/projects/" + this.team.projectId() + "/plan/sections/hosting/history";
		String page = this.mvc.perform(get(base + "?from=1&to=2").session(partner))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"revision-diff\"").contains("<ins>").contains("id=\"restore-1\"");
		MockHttpServletResponse list = this.mvc
			.perform(get("/api/v1/projects/" + this.team.projectId() + "/plan/sections/hosting/revisions?size=1")
				.session(partner)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(list.getContentAsString(), "$.totalItems")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(list.getContentAsString(), "$.items[0].version")).isEqualTo(2);
		MockHttpServletResponse restore = this.mvc
			.perform(post("/api/v1/projects/" + this.team.projectId() + "/plan/sections/hosting/revisions/1/restore")
				.session(partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1}"))
			.andReturn()
			.getResponse();
		assertThat(restore.getStatus()).isEqualTo(409);
		assertThat((Integer) JsonPath.read(restore.getContentAsString(), "$.current.version")).isEqualTo(2);
		MockHttpServletResponse missing = this.mvc
			.perform(get("/api/v1/projects/" + this.team.projectId() + "/plan/sections/hosting/revisions/77")
				.session(partner)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
	}

	private void save(String text, int basedOn, boolean partner) {
		SaveOutcome outcome = this.plans.save(this.team.projectId(), "hosting", new SectionSave(text, basedOn),
				(partner ? this.team.partner() : this.team.scoper()).current());
		assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
	}

}
