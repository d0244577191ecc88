package org.datapact.shared.bus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the bus's listening connection: its own connection to PostgreSQL, outside the
 * application's connection pool. A pooled connection held for good would shrink the pool
 * for every request, would be recycled under the listener by the pool's maximum lifetime,
 * and, when the pool is exhausted (the very moment faults happen), a reconnect would
 * queue behind the requests. It costs one connection per instance in
 * {@code max_connections}.
 */
final class ListenerConnections {

	private final String url;

	private final String username;

	private final String password;

	private final String applicationName;

	private ListenerConnections(String url, String username, String password, String applicationName) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.applicationName = applicationName;
	}

	/**
	 * Connections to {@code datapact.bus.url} when set, else to the database of the
	 * application's pool.
	 */
	static ListenerConnections of(BusProperties properties, DataSource dataSource, String instanceId) {
		String applicationName = "datapact-bus-" + instanceId;
		if (!properties.url().isBlank()) {
			return new ListenerConnections(properties.url(), properties.username(), properties.password(),
					applicationName);
		}
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
				return new ListenerConnections(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
						applicationName);
			}
		}
		catch (SQLException ex) {
			// not a pool we can read; fall through to the explicit settings
		}
		throw new IllegalStateException(
				"The cluster bus cannot tell which database to listen on: set datapact.bus.url (and username, password)");
	}

	/**
	 * A new connection, in auto-commit, with TCP keep-alive and a read timeout so that a
	 * dead network is noticed.
	 */
	Connection open(Duration readTimeout) throws SQLException {
		Properties settings = new Properties();
		if (this.username != null && !this.username.isBlank()) {
			settings.setProperty("user", this.username);
		}
		if (this.password != null && !this.password.isBlank()) {
			settings.setProperty("password", this.password);
		}
		settings.setProperty("ApplicationName", this.applicationName);
		settings.setProperty("tcpKeepAlive", "true");
		settings.setProperty("connectTimeout", "10");
		settings.setProperty("socketTimeout", Long.toString(Math.max(1, readTimeout.toSeconds())));
		Connection connection = DriverManager.getConnection(this.url, settings);
		connection.setAutoCommit(true);
		return connection;
	}

}
