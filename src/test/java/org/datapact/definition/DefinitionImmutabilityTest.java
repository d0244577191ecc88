package org.datapact.definition;

import java.util.List;
import java.util.Map;

import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every definition table is guarded by the same trigger function: a published version is
 * never changed or deleted, whatever writes to the database.
 */
@IntegrationTest
class DefinitionImmutabilityTest {

	private static final List<String> TABLES = List.of("questionnaire_template", "classification_rule_set");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneTriggerFunctionGuardsEveryDefinitionTable() {
		List<Map<String, Object>> triggers = this.jdbc.queryForList("""
				select c.relname as table_name, p.proname as function_name from pg_trigger t
				join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
				where not t.tgisinternal and p.proname like '%immutable'""");
		assertThat(triggers).extracting((row) -> row.get("table_name")).containsAll(TABLES);
		assertThat(triggers).filteredOn((row) -> TABLES.contains(row.get("table_name")))
			.extracting((row) -> row.get("function_name"))
			.containsOnly("definition_version_immutable");
	}

	@Test
	void aPublishedVersionIsNeverChangedNorDeleted() {
		for (String table : TABLES) {
			Object published = this.jdbc.queryForObject(
					"select id from " + table + " where status = 'PUBLISHED' order by version limit 1", Object.class);
			assertThatThrownBy(
					() -> this.jdbc.update("update " + table + " set updated_at = now() where id = ?", published))
				.hasMessageContaining("a published version of " + table + " cannot be changed");
			assertThatThrownBy(() -> this.jdbc.update("delete from " + table + " where id = ?", published))
				.hasMessageContaining("cannot be changed");
		}
	}

}
