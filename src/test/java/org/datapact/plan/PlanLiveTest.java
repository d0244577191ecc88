package org.datapact.plan;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.datapact.DataPactApplication;
import org.datapact.plan.domain.PlanService;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.support.EventStream;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.datapact.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of DataPact on one database, as behind a load balancer: the scoper has
 * the plan open on the first (this test's context), the partner on the second. Each sees
 * the other, and the section the other is editing; the partner's save through the second
 * instance reaches the scoper's page on the first as a notice about that section; an
 * instance that stops takes its people out of the others' lists at once.
 */
@LiveServerTest
class PlanLiveTest {

	private static final Pattern STREAM = Pattern.compile("\"stream\":\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

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

	@Test
	void presenceBySectionAndASavesNoticeCrossInstancesAndAStoppingInstanceLeavesCleanly() {
		Team team = new PlanFixtures(new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires),
				this.questionnaires, this.review)
			.acceptedTeam(1);
		String live = "/projects/" + team.projectId() + "/plan/live";
		String partnerName = "Test " + team.partner().username();
		String scoperName = "Test " + team.scoper().username();
		try (ConfigurableApplicationContext second = secondInstance()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			LiveClient partner = new LiveClient(secondPort).signIn(team.partner());
			try (EventStream onFirst = new LiveClient(this.port).signIn(team.scoper()).events(live, null);
					EventStream onSecond = partner.events(live, null)) {
				assertThat(onFirst.status()).isEqualTo(200);
				assertThat(onSecond.status()).isEqualTo(200);
				onFirst.awaitLatest("presence", (data) -> data.contains(partnerName));
				onSecond.awaitLatest("presence", (data) -> data.contains(scoperName));

				// the partner starts typing in "hosting": the scoper sees where
				Matcher stream = STREAM.matcher(onSecond.await("hello", (data) -> true).data());
				assertThat(stream.find()).isTrue();
				HttpResponse<String> editing = partner.form(live + "/presence",
						Map.of("stream", stream.group(1), "state", "EDITING", "place", "hosting"), true);
				assertThat(editing.statusCode()).isEqualTo(204);
				onFirst.awaitLatest("presence",
						(data) -> data.contains("\"places\":{\"hosting\":\"Here: " + partnerName + " (editing)\"}"));

				// a save through the second instance: a notice on the first, on the
				// section
				int version = this.plans.section(team.projectId(), "hosting", team.scoper().current()).version();
				HttpResponse<String> saved = partner.form("/projects/" + team.projectId() + "/plan/sections/hosting",
						Map.of("body", "Hosted by the partner, saved on the second instance.", "version",
								String.valueOf(version)),
						true);
				assertThat(saved.statusCode()).isEqualTo(302);
				EventStream.Event notice = onFirst.await("notice", (data) -> data.contains("\"place\":\"hosting\"")
						&& data.contains("\"version\":\"" + (version + 1)));
				assertThat(notice.data())
					.contains(partnerName + " saved version " + (version + 1) + " of this section");

				second.close();
				onFirst.awaitLatest("presence", (data) -> !data.contains(partnerName));
				Awaitility.await().atMost(Duration.ofSeconds(15)).until(onSecond::ended);
			}
		}
	}

	private static ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(DataPactApplication.class).initializers(new TestDatabaseInitializer())
			.properties("server.port=0", "datapact.login.max-failures-per-address=1000", "spring.jmx.enabled=false")
			.run();
	}

}
