package org.datapact.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.datapact.discussion.DiscussionStateException;
import org.datapact.plan.domain.CommentView;
import org.datapact.plan.domain.PlanComments;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.TestDatabaseInitializer;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Comments on plan sections, on the shared discussion machinery: threads per section,
 * resolve and reopen, {@code @mentions} of project members mailed after commit (nobody
 * else), and who may take part.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import(QuestionnaireFixtures.class)
class PlanCommentsTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireReview review;

	@Autowired
	PlanComments comments;

	Team team;

	@BeforeEach
	void plan() {
		this.team = new PlanFixtures(this.questionnaireFixtures, this.questionnaires, this.review).acceptedTeam(1);
	}

	@Test
	void mentionedProjectMembersAreMailedAndNobodyElse() throws Exception {
		TestUser stranger = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		this.comments.comment(this.team.projectId(), "hosting",
				"@" + this.team.scoper().username() + " and @" + this.team.volunteer().username()
						+ ": is Kenya right? (not @" + stranger.username() + ", nor me @"
						+ this.team.partner().username() + ")",
				this.team.partner().current());
		String scoper = this.team.scoper().username() + "@example.org";
		String volunteer = this.team.volunteer().username() + "@example.org";
		await().atMost(Duration.ofSeconds(20)).until(() -> mentions(scoper) == 1 && mentions(volunteer) == 1);
		assertThat(TestMailServer.mailsTo(stranger.username() + "@example.org")).isEmpty();
		assertThat(mentions(this.team.partner().username() + "@example.org")).isZero();
	}

	@Test
	void threadsAreKeptPerSectionAndAreResolvedAndReopened() {
		UUID project = this.team.projectId();
		UUID thread = this.comments.comment(project, "hosting", "Which country?", this.team.scoper().current());
		this.comments.comment(project, "legal", "GDPR?", this.team.volunteer().current());
		this.comments.reply(project, thread, "Kenya.", this.team.partner().current());
		Map<String, List<CommentView>> threads = this.comments.threads(project, this.team.volunteer().current());
		assertThat(threads).containsOnlyKeys("hosting", "legal");
		assertThat(threads.get("hosting").get(0).messages()).extracting(CommentView.Message::body)
			.containsExactly("Which country?", "Kenya.");
		this.comments.resolve(project, thread, this.team.partner().current());
		assertThat(this.comments.threads(project, this.team.scoper().current()).get("hosting").get(0).open()).isFalse();
		assertThatThrownBy(() -> this.comments.reply(project, thread, "More", this.team.scoper().current()))
			.isInstanceOf(DiscussionStateException.class);
		this.comments.reopen(project, thread, this.team.scoper().current());
		assertThat(this.comments.threads(project, this.team.scoper().current()).get("hosting").get(0).open()).isTrue();
	}

	@Test
	void onlyThoseInTheProjectTakePartAndBadTextIsRefused() {
		UUID project = this.team.projectId();
		TestUser stranger = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		assertThatThrownBy(() -> this.comments.comment(project, "hosting", "Hello", stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.comments.threads(project, stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.comments.comment(project, "hosting", "Hello", this.team.admin().current()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.comments.comment(project, "no_such", "Hello", this.team.scoper().current()))
			.isInstanceOf(NotFoundException.class);
		for (String bad : new String[] { " ", "a\u0000b", "x".repeat(5001) }) {
			assertThatThrownBy(() -> this.comments.comment(project, "hosting", bad, this.team.scoper().current()))
				.as(bad.substring(0, Math.min(bad.length(), 10)))
				.isInstanceOf(InvalidRequestException.class);
		}
		assertThat(this.comments.threads(project, this.team.scoper().current())).isEmpty();
	}

	private static long mentions(String address) {
		return TestMailServer.mailsTo(address)
			.stream()
			.filter((m) -> subject(m).equals("You are mentioned in a data management plan"))
			.count();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
