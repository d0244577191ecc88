package org.datapact.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.definition.ShippedDefinitions.Outcome;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a shipped version of a definition reaches an installation, on real PostgreSQL:
 * fresh, on the shipped track, with administrators' own versions, with a draft open; and
 * only once per shipped version.
 */
@IntegrationTest
class ShippedDefinitionsTest {

	@Autowired
	ShippedDefinitions shipped;

	@Autowired
	JdbcClient jdbc;

	/** A definition's versions as a module would keep them, recording what was asked. */
	static final class Versions implements ShippedDefinitions.Versions {

		Optional<UUID> latest = Optional.empty();

		boolean draft;

		final List<String> calls = new ArrayList<>();

		@Override
		public Optional<UUID> latestPublished() {
			return this.latest;
		}

		@Override
		public boolean hasDraft() {
			return this.draft;
		}

		@Override
		public UUID publishShipped() {
			this.calls.add("publish");
			this.latest = Optional.of(UUID.randomUUID());
			return this.latest.get();
		}

		@Override
		public UUID draftShipped() {
			this.calls.add("draft");
			this.draft = true;
			return UUID.randomUUID();
		}

		/** An administrator publishes a version of their own. */
		void adminPublishes() {
			this.latest = Optional.of(UUID.randomUUID());
			this.draft = false;
		}

	}

	@Test
	void aFreshInstallationGetsTheShippedVersionPublishedOnce() {
		String key = Fixtures.unique();
		Versions versions = new Versions();
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.PUBLISHED_FIRST);
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.ALREADY_INSTALLED);
		assertThat(versions.calls).containsExactly("publish");
		assertThat(recorded(key)).containsExactly("2 PUBLISHED");
	}

	@Test
	void anInstallationOnTheShippedVersionGetsTheNextOnePublished() {
		String key = Fixtures.unique();
		Versions versions = new Versions();
		this.shipped.install("test", key, 1, versions);
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.PUBLISHED_NEXT);
		assertThat(versions.calls).containsExactly("publish", "publish");
		assertThat(recorded(key)).containsExactly("1 PUBLISHED", "2 PUBLISHED");
	}

	@Test
	void administratorsOwnVersionsAreNeverReplacedTheShippedOneWaitsAsADraft() {
		String key = Fixtures.unique();
		Versions versions = new Versions();
		this.shipped.install("test", key, 1, versions);
		versions.adminPublishes();
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.DRAFTED);
		assertThat(versions.calls).containsExactly("publish", "draft");
		assertThat(recorded(key)).containsExactly("1 PUBLISHED", "2 DRAFT");
		// a later shipped version compares with the last one published by DataPact
		versions.adminPublishes();
		assertThat(this.shipped.install("test", key, 3, versions)).isEqualTo(Outcome.DRAFTED);
	}

	@Test
	void anOpenDraftPostponesTheShippedVersionUntilTheNextStart() {
		String key = Fixtures.unique();
		Versions versions = new Versions();
		this.shipped.install("test", key, 1, versions);
		versions.adminPublishes();
		versions.draft = true;
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.POSTPONED);
		assertThat(recorded(key)).containsExactly("1 PUBLISHED");
		versions.draft = false;
		assertThat(this.shipped.install("test", key, 2, versions)).isEqualTo(Outcome.DRAFTED);
	}

	private List<String> recorded(String key) {
		return this.jdbc
			.sql("select shipped_version || ' ' || outcome from shipped_definition where kind = 'test' "
					+ "and definition_key = ? order by shipped_version")
			.param(key)
			.query(String.class)
			.list();
	}

}
