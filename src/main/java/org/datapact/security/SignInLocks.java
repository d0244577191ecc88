package org.datapact.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators see of the sign-in throttle and how they lift it: locked accounts,
 * networks that must wait and accounts waiting at one address, newest first. Lifting is
 * audited. People lift their own account's lock with the mailed link
 * ({@link #liftWithLink}).
 */
@Service
public class SignInLocks {

	static final String ENTITY = "SignInLock";

	private final JdbcClient jdbc;

	private final SignInUnlocks unlocks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInLocks(JdbcClient jdbc, SignInUnlocks unlocks, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.unlocks = unlocks;
		this.events = events;
		this.clock = clock;
	}

	/** A page of the locks in force now, newest first. */
	@Transactional(readOnly = true)
	public ListPage<SignInLock> inForce(CurrentUser admin, PageQuery query) {
		requireAdmin(admin);
		Timestamp now = Timestamp.from(this.clock.instant());
		long total = this.jdbc.sql("select count(*) from sign_in_throttle where blocked_until > ?")
			.param(now)
			.query(Long.class)
			.single();
		List<SignInLock> locks = this.jdbc.sql("""
				select id, kind, subject, failures, blocked_until, updated_at from sign_in_throttle
				where blocked_until > ? order by updated_at desc, id desc limit ? offset ?""")
			.params(now, query.size(), query.offset())
			.query((rs, n) -> new SignInLock(rs.getLong("id"), SignInLock.Kind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getInt("failures"), rs.getTimestamp("blocked_until").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
		return query.of(locks, total);
	}

	/** The lock of an account, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<SignInLock> ofAccount(CurrentUser admin, String username) {
		requireAdmin(admin);
		return this.jdbc.sql("""
				select id, kind, subject, failures, blocked_until, updated_at from sign_in_throttle
				where key = ? and blocked_until > ?""")
			.params("account:" + SignInThrottle.accountKey(username), Timestamp.from(this.clock.instant()))
			.query((rs, n) -> new SignInLock(rs.getLong("id"), SignInLock.Kind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getInt("failures"), rs.getTimestamp("blocked_until").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/** Lifts a lock (the counts behind it start afresh). */
	@Transactional
	public void lift(CurrentUser admin, long id) {
		requireAdmin(admin);
		Instant now = this.clock.instant();
		SignInLock lifted = this.jdbc.sql("""
				delete from sign_in_throttle where id = ? and blocked_until > ?
				returning id, kind, subject, failures, blocked_until, updated_at""")
			.params(id, Timestamp.from(now))
			.query((rs, n) -> new SignInLock(rs.getLong("id"), SignInLock.Kind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getInt("failures"), rs.getTimestamp("blocked_until").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.events.publishEvent(AuditEvent.success(admin, "SIGN_IN_LOCK_LIFTED", ENTITY, id, null)
			.withDetails("kind=" + lifted.kind() + " subject=" + lifted.subject() + " by=administrator"));
	}

	/** The account name a mailed unlock link is for, while it is usable. */
	public Optional<String> linkFor(String token) {
		return this.unlocks.open(token);
	}

	/** Spends a mailed unlock link and lifts its account's lock; false when unusable. */
	public boolean liftWithLink(String token) {
		return this.unlocks.lift(token);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("manage sign-in locks");
		}
	}

}
