package org.datapact.audit.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * A small pool of its own (two connections, same database and user as the application's
 * pool) for audit entries that must commit while the caller's transaction is still open.
 * Its connections are held only for one entry each and never wait for the main pool, so
 * no cycle of waits can form. Without a Hikari pool to copy (an unusual set-up) it falls
 * back to the application's data source.
 */
@Component
class IndependentConnections implements DisposableBean {

	private final DataSource application;

	private volatile DataSource pool;

	IndependentConnections(DataSource application) {
		this.application = application;
	}

	/** Runs the work on a connection of its own and commits it. */
	void inTransaction(Consumer<JdbcClient> work) {
		try (Connection connection = pool().getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				work.accept(JdbcClient.create(new JdbcTemplate(new SingleConnectionDataSource(connection, true))));
				connection.commit();
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not write an audit entry on its own connection", ex);
		}
	}

	private DataSource pool() throws SQLException {
		if (this.pool == null) {
			synchronized (this) {
				if (this.pool == null) {
					this.pool = create();
				}
			}
		}
		return this.pool;
	}

	private DataSource create() throws SQLException {
		if (!this.application.isWrapperFor(HikariDataSource.class)) {
			return this.application;
		}
		HikariDataSource main = this.application.unwrap(HikariDataSource.class);
		HikariConfig config = new HikariConfig();
		main.copyStateTo(config);
		config.setPoolName(main.getPoolName() + "-audit");
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

	@Override
	public void destroy() {
		if (this.pool instanceof HikariDataSource hikari && hikari != this.application) {
			hikari.close();
		}
	}

}
