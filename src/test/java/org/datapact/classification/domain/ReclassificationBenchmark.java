package org.datapact.classification.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.support.Fixtures;
import org.datapact.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Re-classifies N stored projects (default 10,000) after a rule change, as the admin's
 * "publish" starts it, and reports projects per second. One project is made through the
 * services (team, complete questionnaire with 3 datasets, submitted); the others are SQL
 * copies of its project, questionnaire and submitted revision. Run by
 * {@code bench/reclassification.sh}; not part of the suite (its name does not end in
 * Test).
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ Fixtures.class, QuestionnaireFixtures.class })
@TestPropertySource(properties = { "logging.level.root=WARN" })
class ReclassificationBenchmark {

	private static final int PROJECTS = Integer.getInteger("bench.projects", 10_000);

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	Reclassification reclassification;

	@Autowired
	ClassificationService classifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void reclassifyStoredProjects() throws IOException {
		CurrentUser admin = this.fixtures.admin().current();
		Team team = this.questionnaireFixtures.team();
		this.questionnaireFixtures.completeAll(team, 3);
		this.questionnaires.submit(team.projectId(), team.partner().current());
		int existing = this.classifications.classifiableProjects().size();
		copies(team.projectId(), Math.max(0, PROJECTS - existing));
		int total = this.classifications.classifiableProjects().size();

		long start = System.nanoTime();
		RerunProgress started = this.reclassification.start(admin);
		RerunProgress finished = await().atMost(Duration.ofMinutes(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.reclassification.latest(admin).orElseThrow(), (p) -> !p.running());
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(finished.id()).isEqualTo(started.id());
		String report = String.format(Locale.ROOT, """
				Re-classification benchmark
				  projects re-classified : %d (3 datasets each; %d failures)
				  wall time              : %.1f s
				  throughput             : %.0f projects/s
				  cores available        : %d
				""", finished.done(), finished.failures(), seconds, finished.done() / seconds,
				Runtime.getRuntime().availableProcessors());
		System.out.println(report);
		Path out = Path.of("target/bench/reclassification-" + total + ".txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Copies of the project with its submitted questionnaire, inserted by SQL. */
	private void copies(UUID projectId, int count) {
		UUID questionnaireId = this.jdbc.sql("select id from questionnaire where project_id = ?")
			.param(projectId)
			.query(UUID.class)
			.single();
		// a temporary table of the one transaction: the application's role creates no
		// tables
		this.transactions.executeWithoutResult((status) -> copy(projectId, questionnaireId, count));
	}

	private void copy(UUID projectId, UUID questionnaireId, int count) {
		this.jdbc
			.sql("""
					create temporary table bench_copy on commit drop as select gen_random_uuid() as p, gen_random_uuid() as q,
					    gen_random_uuid() as r, n from generate_series(1, ?) n""")
			.param(count)
			.update();
		this.jdbc.sql("""
				insert into project (id, organisation_id, title, purpose, country_code, start_date, end_date, status,
				    created_by, created_at, updated_at)
				select c.p, p.organisation_id, left(p.title, 180) || ' #' || c.n, p.purpose, p.country_code,
				    p.start_date, p.end_date, p.status, p.created_by, p.created_at, p.updated_at
				from project p, bench_copy c where p.id = ?""").param(projectId).update();
		this.jdbc.sql("""
				insert into questionnaire (id, project_id, organisation_id, template_id, status, revision, created_at,
				    updated_at)
				select c.q, c.p, q.organisation_id, q.template_id, q.status, q.revision, q.created_at, q.updated_at
				from questionnaire q, bench_copy c where q.id = ?""").param(questionnaireId).update();
		this.jdbc.sql("""
				insert into questionnaire_revision (id, questionnaire_id, number, template_id, answers, submitted_by,
				    submitted_at)
				select c.r, c.q, r.number, r.template_id, r.answers, r.submitted_by, r.submitted_at
				from questionnaire_revision r, bench_copy c where r.questionnaire_id = ?""")
			.param(questionnaireId)
			.update();
	}

}
