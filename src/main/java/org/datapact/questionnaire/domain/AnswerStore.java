package org.datapact.questionnaire.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working answers of questionnaires, one row per question and entry, each with its
 * own version: two people editing different questions never collide, and two editing the
 * same one find out. Plain SQL keeps every request to a fixed number of statements.
 */
@Repository
class AnswerStore {

	private final JdbcClient jdbc;

	AnswerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredEntry(UUID id, String groupKey, int position) {
	}

	record StoredAnswer(UUID entryId, String questionKey, String json, int version, UUID updatedBy) {

		AnswerRef ref() {
			return new AnswerRef(this.entryId, this.questionKey);
		}

	}

	/**
	 * The answers of one questionnaire, typed by its template, with each answer's
	 * version.
	 */
	record Loaded(AnswerSet answers, Map<AnswerRef, Integer> versions) {

		int version(AnswerRef ref) {
			return this.versions.getOrDefault(ref, 0);
		}

	}

	Loaded load(UUID questionnaireId, TemplateDefinition template) {
		return loadAll(Map.of(questionnaireId, template)).get(questionnaireId);
	}

	/**
	 * The answers of several questionnaires, each typed by its template, in one round
	 * trip whatever their number (a page of the project list asks for all of its projects
	 * at once).
	 */
	Map<UUID, Loaded> loadAll(Map<UUID, TemplateDefinition> templates) {
		if (templates.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<StoredEntry>> entries = new HashMap<>();
		Map<UUID, List<StoredAnswer>> answers = new HashMap<>();
		// Entries and answers in one round trip: this runs after every autosave.
		this.jdbc.sql("""
				select questionnaire_id, true as is_entry, id, group_key as key, null as value, position as number,
				       null::uuid as updated_by, created_at
				from questionnaire_entry where questionnaire_id in (:questionnaires)
				union all
				select questionnaire_id, false, entry_id, question_key, value::text, version, updated_by, null
				from questionnaire_answer where questionnaire_id in (:questionnaires)
				order by questionnaire_id, is_entry desc, key, number, created_at""")
			.param("questionnaires", List.copyOf(templates.keySet()))
			.query((rs) -> {
				UUID questionnaire = rs.getObject("questionnaire_id", UUID.class);
				if (rs.getBoolean("is_entry")) {
					entries.computeIfAbsent(questionnaire, (id) -> new ArrayList<>())
						.add(new StoredEntry(rs.getObject("id", UUID.class), rs.getString("key"), rs.getInt("number")));
				}
				else {
					answers.computeIfAbsent(questionnaire, (id) -> new ArrayList<>())
						.add(new StoredAnswer(rs.getObject("id", UUID.class), rs.getString("key"),
								rs.getString("value"), rs.getInt("number"), rs.getObject("updated_by", UUID.class)));
				}
			});
		Map<UUID, Loaded> loaded = new HashMap<>();
		templates.forEach((questionnaire, template) -> loaded.put(questionnaire, build(template,
				entries.getOrDefault(questionnaire, List.of()), answers.getOrDefault(questionnaire, List.of()))));
		return loaded;
	}

	private static Loaded build(TemplateDefinition template, List<StoredEntry> entries, List<StoredAnswer> answers) {
		Map<String, Question> questions = template.questionsByKey();
		AnswerSet.Builder builder = new AnswerSet.Builder();
		for (StoredEntry entry : entries) {
			builder.entry(entry.groupKey(), entry.id());
		}
		Map<AnswerRef, Integer> versions = new HashMap<>();
		for (StoredAnswer answer : answers) {
			versions.put(answer.ref(), answer.version());
			Question question = questions.get(answer.questionKey());
			if (question == null || question.isGroup()) {
				continue;
			}
			Object value = AnswerCodec.fromJsonText(question, answer.json());
			if (answer.entryId() == null) {
				builder.answer(answer.questionKey(), value);
			}
			else {
				builder.entryAnswer(answer.entryId(), answer.questionKey(), value);
			}
		}
		return new Loaded(builder.build(), versions);
	}

	List<StoredEntry> entries(UUID questionnaireId) {
		return this.jdbc
			.sql("select id, group_key, position from questionnaire_entry where questionnaire_id = ?"
					+ " order by group_key, position, created_at")
			.param(questionnaireId)
			.query((rs, row) -> new StoredEntry(rs.getObject("id", UUID.class), rs.getString("group_key"),
					rs.getInt("position")))
			.list();
	}

	/**
	 * Saves an answer if nobody changed it since {@code expectedVersion} (0 for a first
	 * answer) and returns its new version; empty when someone did.
	 */
	OptionalInt save(UUID questionnaireId, AnswerRef ref, String json, int expectedVersion, UUID by, Instant now) {
		int rows;
		if (expectedVersion == 0) {
			rows = this.jdbc.sql("""
					insert into questionnaire_answer
					    (questionnaire_id, entry_id, question_key, value, version, updated_by, updated_at)
					values (:questionnaire, :entry, :key, cast(:value as jsonb), 1, :by, :now)
					on conflict do nothing""")
				.param("questionnaire", questionnaireId)
				.param("entry", ref.entryId())
				.param("key", ref.questionKey())
				.param("value", json)
				.param("by", by)
				.param("now", Timestamp.from(now))
				.update();
		}
		else {
			rows = this.jdbc.sql("""
					update questionnaire_answer set value = cast(:value as jsonb), version = version + 1,
					    updated_by = :by, updated_at = :now
					where questionnaire_id = :questionnaire and question_key = :key
					  and entry_id is not distinct from :entry and version = :version""")
				.param("questionnaire", questionnaireId)
				.param("entry", ref.entryId())
				.param("key", ref.questionKey())
				.param("value", json)
				.param("by", by)
				.param("now", Timestamp.from(now))
				.param("version", expectedVersion)
				.update();
		}
		return (rows == 1) ? OptionalInt.of(expectedVersion + 1) : OptionalInt.empty();
	}

	Optional<StoredAnswer> current(UUID questionnaireId, AnswerRef ref) {
		return this.jdbc.sql("""
				select entry_id, question_key, value::text as value, version, updated_by from questionnaire_answer
				where questionnaire_id = ? and question_key = ? and entry_id is not distinct from ?""")
			.params(questionnaireId, ref.questionKey(), ref.entryId())
			.query((rs, row) -> new StoredAnswer(rs.getObject("entry_id", UUID.class), rs.getString("question_key"),
					rs.getString("value"), rs.getInt("version"), rs.getObject("updated_by", UUID.class)))
			.optional();
	}

	boolean entryExists(UUID questionnaireId, UUID entryId, String groupKey) {
		return this.jdbc
			.sql("select count(*) from questionnaire_entry where id = ? and questionnaire_id = ? and group_key = ?")
			.params(entryId, questionnaireId, groupKey)
			.query(Integer.class)
			.single() > 0;
	}

	UUID addEntry(UUID questionnaireId, String groupKey, UUID by, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into questionnaire_entry (id, questionnaire_id, group_key, position, created_by, created_at)
				select ?, ?, ?, coalesce(max(position), 0) + 1, ?, ? from questionnaire_entry
				where questionnaire_id = ? and group_key = ?""")
			.params(id, questionnaireId, groupKey, by, Timestamp.from(now), questionnaireId, groupKey)
			.update();
		return id;
	}

	boolean removeEntry(UUID questionnaireId, UUID entryId) {
		return this.jdbc.sql("delete from questionnaire_entry where id = ? and questionnaire_id = ?")
			.params(entryId, questionnaireId)
			.update() == 1;
	}

	/**
	 * Drops the answers that no longer count, e.g. those of questions a condition hides.
	 */
	int discard(UUID questionnaireId, Collection<AnswerRef> refs) {
		int removed = 0;
		for (AnswerRef ref : refs) {
			removed += this.jdbc.sql("""
					delete from questionnaire_answer where questionnaire_id = ? and question_key = ?
					  and entry_id is not distinct from ?""")
				.params(questionnaireId, ref.questionKey(), ref.entryId())
				.update();
		}
		return removed;
	}

	int discardEntries(UUID questionnaireId, String groupKey) {
		return this.jdbc.sql("delete from questionnaire_entry where questionnaire_id = ? and group_key = ?")
			.params(questionnaireId, groupKey)
			.update();
	}

}
