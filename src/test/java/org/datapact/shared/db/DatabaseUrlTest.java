package org.datapact.shared.db;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlTest {

	/**
	 * Sees only the JDK, like the production jar, which does not contain the embedded
	 * server.
	 */
	private final ClassLoader productionLike = new URLClassLoader(new URL[0], null);

	@Test
	void productionRefusesToStartWithoutDatabaseUrl() {
		assertThat(DatabaseUrl.refusalReason(Map.of(), this.productionLike)).contains("DATABASE_URL is not set");
	}

	@Test
	void productionStartsWithDatabaseUrl() {
		assertThat(
				DatabaseUrl.refusalReason(Map.of("DATABASE_URL", "jdbc:postgresql://db/datapact"), this.productionLike))
			.isNull();
	}

	@Test
	void developmentFallsBackToEmbeddedPostgres() {
		assertThat(DatabaseUrl.refusalReason(Map.of(), getClass().getClassLoader())).isNull();
	}

}
