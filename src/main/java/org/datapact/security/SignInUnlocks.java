package org.datapact.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Recipient;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.crypto.Secrets;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second check that lifts an account's sign-in lock: when the right password is given
 * for a locked account, the person is mailed a single-use link (256 random bits, stored
 * as a hash, valid for a while); opening it and confirming lifts the lock. At most one
 * link is mailed per {@code resend-after}, and mails go out in the background so that the
 * answer to the sign-in takes as long whether a mail was sent or not.
 */
@Component
class SignInUnlocks implements DisposableBean {

	private final JdbcClient jdbc;

	private final SignInThrottle throttle;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	private final ThreadPoolExecutor mailer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(100), (task) -> {
				Thread thread = new Thread(task, "sign-in-unlock-mail");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardPolicy());

	SignInUnlocks(JdbcClient jdbc, SignInThrottle throttle, UserAccounts accounts, Notifications notifications,
			ApplicationEventPublisher events, Clock clock,
			@Value("${datapact.sign-in.unlock-link-validity:30m}") Duration validity) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
	}

	/** Mails the person a link that lifts their lock, unless one is still waiting. */
	@Transactional
	void offer(CurrentUser person) {
		Instant now = this.clock.instant();
		boolean waiting = this.jdbc.sql("""
				select exists (select 1 from sign_in_unlock
				  where user_id = ? and used_at is null and expires_at > ? and created_at > ?)""")
			.params(person.id(), Timestamp.from(now), Timestamp.from(now.minus(this.validity.dividedBy(2))))
			.query(Boolean.class)
			.single();
		if (waiting) {
			return;
		}
		Recipient recipient = this.accounts.recipients(Set.of(person.id())).get(person.id());
		if (recipient == null) {
			return;
		}
		String token = Secrets.random();
		Instant expires = now.plus(this.validity);
		this.jdbc
			.sql("insert into sign_in_unlock (id, user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), person.id(), Secrets.sha256Hex(token), Timestamp.from(now),
					Timestamp.from(expires))
			.update();
		this.events.publishEvent(
				AuditEvent.success(person, "SIGN_IN_UNLOCK_OFFERED", "User", person.id(), person.organisationId()));
		Mail mail = new Mail(recipient.email(), recipient.language(), "sign-in-unlock",
				Map.of("recipientName", recipient.displayName(), "token", token, "expiresAt", expires));
		this.mailer.execute(() -> this.notifications.send(mail));
	}

	/** The account name behind a usable link, for the page that asks to confirm. */
	Optional<String> open(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select u.username from sign_in_unlock l join app_user u on u.id = l.user_id
				where l.token_hash = ? and l.used_at is null and l.expires_at > ?""")
			.params(Secrets.sha256Hex(token), Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional();
	}

	/**
	 * Spends the link and lifts the lock; false when the link is unknown, used or
	 * expired. Spending is one statement, so of two concurrent uses one succeeds.
	 */
	@Transactional
	boolean lift(String token) {
		if (!wellFormed(token)) {
			return false;
		}
		Instant now = this.clock.instant();
		Optional<UUID> user = this.jdbc.sql("""
				update sign_in_unlock set used_at = ? where token_hash = ? and used_at is null and expires_at > ?
				returning user_id""")
			.params(Timestamp.from(now), Secrets.sha256Hex(token), Timestamp.from(now))
			.query(UUID.class)
			.optional();
		user.flatMap(this.accounts::findById).ifPresent((account) -> {
			this.throttle.unlockAccount(account.username());
			this.events.publishEvent(new AuditEvent("SIGN_IN_LOCK_LIFTED", "User", account.id().toString(),
					account.organisationId(), account.id(), null, AuditEvent.Outcome.SUCCESS, "by=mailed-link"));
		});
		return user.isPresent();
	}

	private static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
	}

	@Override
	public void destroy() {
		this.mailer.shutdown();
	}

}
