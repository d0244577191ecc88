package org.datapact.organisation.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.AccountCredentials;
import org.datapact.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's sign-in state, its roles and whether its organisation is active, read in
 * one statement without loading entities: every sign-in and every signed-in request
 * checks it. Callers only read accounts they do not change in the same transaction, so
 * bypassing the persistence context is safe.
 */
@Component
class AccountCredentialsQuery {

	private final JdbcClient jdbc;

	AccountCredentialsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountCredentials> byId(UUID id) {
		return find("u.id = ?", id);
	}

	/** By the normalised (lower-case, stripped) username. */
	Optional<AccountCredentials> byUsername(String username) {
		return find("u.username = ?", username);
	}

	private Optional<AccountCredentials> find(String condition, Object value) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		AccountCredentials[] found = new AccountCredentials[1];
		this.jdbc.sql("""
				select u.id, u.username, u.display_name, u.organisation_id, u.password_hash, u.active,
				       u.must_change_password, u.credentials_changed_at, u.temporary_password_expires_at,
				       o.active as organisation_active, r.role
				from app_user u join organisation o on o.id = u.organisation_id
				left join app_user_role r on r.user_id = u.id
				""" + "where " + condition).param(value).query((rs) -> {
			if (found[0] == null) {
				found[0] = new AccountCredentials(rs.getObject("id", UUID.class), rs.getString("username"),
						rs.getString("display_name"), rs.getObject("organisation_id", UUID.class),
						rs.getString("password_hash"), roles, rs.getBoolean("active"),
						rs.getBoolean("organisation_active"), rs.getBoolean("must_change_password"),
						rs.getTimestamp("credentials_changed_at").toInstant(),
						instant(rs.getTimestamp("temporary_password_expires_at")));
			}
			String role = rs.getString("role");
			if (role != null) {
				roles.add(Role.valueOf(role));
			}
		});
		return Optional.ofNullable(found[0]);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
