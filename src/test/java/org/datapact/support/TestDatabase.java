package org.datapact.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every test runs on, started once per JVM, chosen in this order:
 * {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}), Testcontainers where Docker is available, otherwise an
 * embedded PostgreSQL.
 */
public final class TestDatabase {

	private static volatile Connection connection;

	private TestDatabase() {
	}

	public static Connection get() {
		if (connection == null) {
			synchronized (TestDatabase.class) {
				if (connection == null) {
					connection = start();
				}
			}
		}
		return connection;
	}

	private static Connection start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			System.out.println("[tests] PostgreSQL from TEST_DATABASE_URL");
			return new Connection(url, System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
					System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			System.out.println("[tests] PostgreSQL from Testcontainers");
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		System.out.println("[tests] No TEST_DATABASE_URL and no Docker: embedded PostgreSQL");
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing left to clean up
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public record Connection(String url, String username, String password) {
	}

}
