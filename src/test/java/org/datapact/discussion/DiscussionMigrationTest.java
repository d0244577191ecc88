package org.datapact.discussion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.datapact.support.IntegrationTest;
import org.datapact.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire's clarifications written before threads existed become threads of
 * their questionnaire, with the same ids, messages, who and when. Migrates a schema of
 * its own from the last version before threads to the newest.
 */
@IntegrationTest
class DiscussionMigrationTest {

	private static final String SCHEMA = "discussion_migration_check";

	/**
	 * The schema is made and migrated as the owner role, as Flyway runs in a deployment
	 * (the application's own role may not create schemas).
	 */
	private final JdbcTemplate jdbc = TestDatabase.asOwner();

	private final DataSource dataSource = this.jdbc.getDataSource();

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void clarificationsBecomeThreadsOfTheirQuestionnaire() {
		flyway("202612031247").migrate();
		UUID template = UUID.randomUUID();
		UUID questionnaire = UUID.randomUUID();
		UUID open = UUID.randomUUID();
		UUID resolved = UUID.randomUUID();
		UUID entry = UUID.randomUUID();
		UUID scoper = UUID.randomUUID();
		UUID partner = UUID.randomUUID();
		this.jdbc.update("insert into " + SCHEMA + ".questionnaire_template (id, template_key, status, title, "
				+ "definition, created_at, updated_at) values (?, 'data_security', 'DRAFT', 'T', '{}', now(), now())",
				template);
		this.jdbc.update(
				"insert into " + SCHEMA + ".questionnaire (id, project_id, organisation_id, template_id, "
						+ "status, revision, created_at, updated_at) values (?, ?, ?, ?, 'SUBMITTED', 2, now(), now())",
				questionnaire, UUID.randomUUID(), UUID.randomUUID(), template);
		this.jdbc.update(
				"insert into " + SCHEMA + ".questionnaire_clarification (id, questionnaire_id, question_key, "
						+ "entry_id, revision, status, created_by, created_at, version) "
						+ "values (?, ?, 'record_count', ?, 1, 'OPEN', ?, '2026-01-02T10:00:00Z', 0)",
				open, questionnaire, entry, scoper);
		this.jdbc.update(
				"insert into " + SCHEMA + ".questionnaire_clarification (id, questionnaire_id, question_key, "
						+ "revision, status, created_by, created_at, resolved_by, resolved_at, version) values "
						+ "(?, ?, 'org_name', 2, 'RESOLVED', ?, '2026-01-03T10:00:00Z', ?, '2026-01-04T10:00:00Z', 1)",
				resolved, questionnaire, scoper, scoper);
		UUID question = UUID.randomUUID();
		UUID answer = UUID.randomUUID();
		this.jdbc.update(
				"insert into " + SCHEMA + ".questionnaire_clarification_message (id, clarification_id, "
						+ "author_id, body, created_at) values (?, ?, ?, 'How many?', '2026-01-02T10:00:00Z'), "
						+ "(?, ?, ?, 'About 300.', '2026-01-02T11:00:00Z')",
				question, open, scoper, answer, open, partner);

		flyway(null).migrate();

		List<Map<String, Object>> threads = this.jdbc.queryForList("select id, owner_type, owner_id, anchor_key, "
				+ "anchor_item, anchor_version, status, opened_by, resolved_by, resolved_at from " + SCHEMA
				+ ".discussion order by opened_at");
		assertThat(threads).hasSize(2);
		assertThat(threads.get(0)).containsEntry("id", open)
			.containsEntry("owner_type", "questionnaire")
			.containsEntry("owner_id", questionnaire)
			.containsEntry("anchor_key", "record_count")
			.containsEntry("anchor_item", entry)
			.containsEntry("anchor_version", 1)
			.containsEntry("status", "OPEN")
			.containsEntry("opened_by", scoper);
		assertThat(threads.get(1)).containsEntry("id", resolved)
			.containsEntry("anchor_item", null)
			.containsEntry("status", "RESOLVED")
			.containsEntry("resolved_by", scoper);
		assertThat(threads.get(1).get("resolved_at")).isNotNull();
		assertThat(this.jdbc.queryForList(
				"select id, discussion_id, author_id, body from " + SCHEMA + ".discussion_message order by created_at"))
			.extracting(
					(row) -> List.of(row.get("id"), row.get("discussion_id"), row.get("author_id"), row.get("body")))
			.containsExactly(List.of(question, open, scoper, "How many?"),
					List.of(answer, open, partner, "About 300."));
		assertThat(this.jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? "
				+ "and table_name like 'questionnaire_clarification%'", Long.class, SCHEMA))
			.as("the old tables are gone")
			.isZero();
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.placeholders(Map.of("application_user", ""));
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
