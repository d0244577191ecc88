package org.datapact.shared.db;

import java.util.Map;

import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides before start-up whether DataPact has a database: a configured URL, or (only
 * outside the production jar) the embedded PostgreSQL for trying it out.
 */
public final class DatabaseUrl {

	private DatabaseUrl() {
	}

	/**
	 * Returns a message explaining why the application must not start, or null when it
	 * may.
	 */
	public static String refusalReason(Map<String, String> environment, ClassLoader classLoader) {
		boolean configured = StringUtils.hasText(environment.get("DATABASE_URL"))
				|| StringUtils.hasText(environment.get("SPRING_DATASOURCE_URL"))
				|| StringUtils.hasText(System.getProperty("spring.datasource.url"));
		if (configured || ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", classLoader)) {
			return null;
		}
		return "DATABASE_URL is not set. DataPact needs PostgreSQL: set DATABASE_URL "
				+ "(jdbc:postgresql://host:5432/datapact), DATABASE_USER and DATABASE_PASSWORD.";
	}

}
