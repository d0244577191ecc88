package org.datapact.classification.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.AnswerSet;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The classification page of a project whose datasets combine: one numbered finding per
 * combination rule naming every dataset involved, a hub per finding in the graph with one
 * line per dataset (never one per pair), and each card pointing to its finding.
 */
@LiveServerTest
class ClassificationPageTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ClassificationService classifications;

	@Test
	void combinationsAreShownOncePerRuleWithTheDatasetsInvolved() {
		QuestionnaireFixtures questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects,
				this.questionnaires);
		Team team = questionnaireFixtures.team();
		int count = 6;
		questionnaireFixtures.completeAll(team, count);
		List<AnswerSet.Entry> entries = this.questionnaires.open(team.projectId(), team.partner().current())
			.answers()
			.entries("datasets");
		for (int i = 0; i < count; i++) {
			UUID entry = entries.get(i).id();
			questionnaireFixtures.answer(team, entry, "name", "Site dataset " + i);
			// half report feelings of safety, half armed actors, all per person: each
			// meets
			// the rule with every dataset of the other half
			questionnaireFixtures.answer(team, entry, "topics", (i % 2 == 0) ? "perceived_safety" : "armed_actors");
		}
		this.questionnaires.submit(team.projectId(), team.partner().current());
		StoredClassification current = await()
			.until(() -> this.classifications.current(team.projectId()), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(current.combinations()).extracting(CombinationFinding::ruleKey)
			.containsExactly("perceived_safety_with_armed_actors");
		assertThat(current.combinations().get(0).datasetIds()).hasSize(count);

		LiveClient scoper = new LiveClient(this.port).signIn(team.scoper());
		HttpResponse<String> response = scoper.page("/projects/" + team.projectId() + "/classification");
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		String table = between(html, "<table class=\"table table-sm\" id=\"combinations\">", "</table>");
		assertThat(occurrences(table, "<tr id=\"combination-")).isEqualTo(1);
		for (int i = 0; i < count; i++) {
			assertThat(table).contains("Site dataset " + i);
		}
		String svg = between(html, "<svg", "</svg>");
		assertThat(occurrences(svg, "class=\"graph-hub ")).isEqualTo(1);
		assertThat(occurrences(svg, "<line ")).as("one line per dataset involved, not per pair").isEqualTo(count);
		assertThat(html).contains("No. 1, with " + (count - 1) + " other datasets");
	}

	@Test
	void aDatasetNoRuleDeterminesIsExplainedOnItsCardAndListedOnTheScopersDashboard() {
		QuestionnaireFixtures questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects,
				this.questionnaires);
		Team team = questionnaireFixtures.team();
		questionnaireFixtures.completeAll(team, 1);
		UUID entry = this.questionnaires.open(team.projectId(), team.partner().current())
			.answers()
			.entries("datasets")
			.get(0)
			.id();
		for (String key : List.of("direct_identifiers", "indirect_identifiers", "community_groups",
				"vulnerable_groups")) {
			questionnaireFixtures.answer(team, entry, key, "none");
		}
		questionnaireFixtures.answer(team, entry, "location_granularity", "admin1");
		this.questionnaires.submit(team.projectId(), team.partner().current());
		await().until(() -> this.classifications.current(team.projectId()), java.util.Optional::isPresent);

		LiveClient scoper = new LiveClient(this.port).signIn(team.scoper());
		String card = between(scoper.page("/projects/" + team.projectId() + "/classification").body(),
				"id=\"dataset-" + entry + "\"", "</article>");
		assertThat(card).contains("No rule determined this dataset’s level.")
			.contains("It needs a scoper’s confirmation")
			.contains("Level: Confidential");
		// the dashboard lists the reviews due a page at a time, overdue ones first
		String item = reviewItem(scoper, team.projectId());
		assertThat(item).contains("One dataset that no rule determined needs a scoper’s confirmation");
	}

	/**
	 * The project's line among the reviews on the scoper's dashboard, on whichever page.
	 */
	private static String reviewItem(LiveClient scoper, UUID projectId) {
		String link = "href=\"/projects/" + projectId + "/classification\"";
		for (int page = 0;; page++) {
			String reviews = between(scoper.page("/?reviewsSize=100&reviewsPage=" + page).body(),
					"id=\"classification-reviews\"", "</section>");
			if (reviews.contains(link)) {
				return between(reviews, link, "</li>");
			}
			assertThat(reviews).as("the project among the reviews, page %d", page).contains("list-group-item");
		}
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return text.substring(from, text.indexOf(end, from));
	}

	private static int occurrences(String text, String pattern) {
		Matcher matcher = Pattern.compile(Pattern.quote(pattern)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
