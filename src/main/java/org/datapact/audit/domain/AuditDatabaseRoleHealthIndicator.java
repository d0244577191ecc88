package org.datapact.audit.domain;

import org.datapact.shared.db.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log is only as safe as the database user the application connects with: one
 * that owns the audit table (or belongs to its owner's role) or is a superuser can switch
 * off its triggers and rewrite it. At start-up such a user is logged as an error and the
 * readiness probe reports DataPact down until the deployment runs migrations as an owner
 * role and connects as a role with {@code SELECT, INSERT} on the audit log only. The
 * embedded database for trying DataPact out is excepted, with a notice.
 */
@Component("auditDatabaseRole")
class AuditDatabaseRoleHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(AuditDatabaseRoleHealthIndicator.class);

	private final JdbcClient jdbc;

	private final boolean embedded;

	AuditDatabaseRoleHealthIndicator(JdbcClient jdbc, ObjectProvider<EmbeddedDatabase> embedded) {
		this.jdbc = jdbc;
		this.embedded = embedded.getIfAvailable() != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkAtStartUp() {
		Role role = role();
		if (role.safe()) {
			return;
		}
		if (this.embedded) {
			log.warn(
					"Notice: the embedded database's user '{}' {}; fine for trying DataPact out, never in "
							+ "production (see the README: separate owner and application roles)",
					role.name(), role.problem());
			return;
		}
		log.error("The database user '{}' {}: it could rewrite the audit log. Run migrations as an owner role "
				+ "(SPRING_FLYWAY_USER) and connect as a role with SELECT, INSERT on audit_entry only (DATABASE_USER); "
				+ "see the README. Readiness reports DOWN until then.", role.name(), role.problem());
	}

	@Override
	public Health health() {
		Role role = role();
		if (role.safe()) {
			return Health.up().build();
		}
		if (this.embedded) {
			return Health.up().withDetail("notice", "embedded database: " + role.problem()).build();
		}
		return Health.down().withDetail("reason", "database user " + role.problem()).build();
	}

	Role role() {
		return this.jdbc
			.sql("""
					select current_user as name, r.rolsuper as superuser,
					  pg_has_role(current_user, c.relowner, 'MEMBER') as owner,
					  has_table_privilege(current_user, c.oid, 'UPDATE') or has_table_privilege(current_user, c.oid, 'DELETE')
					    or has_table_privilege(current_user, c.oid, 'TRUNCATE')
					    or has_table_privilege(current_user, c.oid, 'TRIGGER') as can_change
					from pg_roles r, pg_class c
					where r.rolname = current_user and c.oid = 'audit_entry'::regclass""")
			.query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("superuser"), rs.getBoolean("owner"),
					rs.getBoolean("can_change")))
			.single();
	}

	record Role(String name, boolean superuser, boolean owner, boolean canChange) {

		boolean safe() {
			return !this.superuser && !this.owner && !this.canChange;
		}

		String problem() {
			if (this.superuser) {
				return "is a superuser";
			}
			if (this.owner) {
				return "owns the audit log";
			}
			return "may change or delete audit entries";
		}

	}

}
