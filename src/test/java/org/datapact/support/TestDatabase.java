package org.datapact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real PostgreSQL every test runs on, started once per JVM, chosen in this order:
 * {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}), Testcontainers where Docker is available, otherwise an
 * embedded PostgreSQL.
 *
 * <p>
 * Tests run in the shape of every deployment: migrations as an owner role, the
 * application as a role that may only read and add audit entries. On the embedded
 * database and Testcontainers both roles and a database owned by the owner are made here;
 * with {@code TEST_DATABASE_URL}, {@code TEST_DATABASE_OWNER_USER} and
 * {@code TEST_DATABASE_OWNER_PASSWORD} name the owner, or else the one user does both
 * (with a notice).
 */
public final class TestDatabase {

	private static final String OWNER = "datapact_owner";

	private static final String APPLICATION = "datapact_app";

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

	/**
	 * The owner of the schema, for the few tests that act as a database administrator.
	 */
	public static JdbcTemplate asOwner() {
		Connection database = get();
		return new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.ownerUsername(), database.ownerPassword()));
	}

	private static Connection start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			System.out.println("[tests] PostgreSQL from TEST_DATABASE_URL");
			String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
			String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
			String owner = System.getenv("TEST_DATABASE_OWNER_USER");
			if (owner == null || owner.isBlank()) {
				System.out.println("[tests] Notice: one database user owns the schema and runs the application; "
						+ "set TEST_DATABASE_OWNER_USER to test with separate roles");
				return new Connection(url, user, password, user, password);
			}
			return new Connection(url, user, password, owner,
					System.getenv().getOrDefault("TEST_DATABASE_OWNER_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			System.out.println("[tests] PostgreSQL from Testcontainers");
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return withRoles(container.getJdbcUrl(), container.getUsername(), container.getPassword());
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
			return withRoles(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the owner and application roles and a database owned by the owner, as the
	 * superuser, and answers with the application's and the owner's credentials.
	 */
	private static Connection withRoles(String superuserUrl, String superuser, String password) {
		try (java.sql.Connection admin = DriverManager.getConnection(superuserUrl, superuser, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
			statement.execute("create role " + APPLICATION + " login password '" + APPLICATION + "'");
			statement.execute("create database datapact owner " + OWNER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not make the test database's roles", ex);
		}
		// the same server, the new database, and no user in the URL (it would win over
		// the
		// one given)
		String url = superuserUrl.replaceFirst("^(jdbc:postgresql://[^/]+)/.*$", "$1/datapact");
		try (java.sql.Connection admin = DriverManager.getConnection(url, superuser, password);
				Statement statement = admin.createStatement()) {
			// only the owner creates objects; the application may use them as granted
			statement.execute("revoke all on schema public from public");
			statement.execute("grant usage on schema public to " + APPLICATION);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the test database", ex);
		}
		return new Connection(url, APPLICATION, APPLICATION, OWNER, OWNER);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The application's credentials and the schema owner's (the same user when one does
	 * both).
	 */
	public record Connection(String url, String username, String password, String ownerUsername, String ownerPassword) {

		boolean separateOwner() {
			return !this.username.equals(this.ownerUsername);
		}

	}

}
