package org.datapact.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.datapact.shared.web.ClientAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without refusing other people's right passwords. Counted in
 * PostgreSQL, so every instance sees the same counts:
 * <ul>
 * <li>per account name and client address: a few free attempts, then each further one
 * must wait twice as long as the one before (up to {@code max-delay});</li>
 * <li>per account name (known or not, so nothing tells whether it exists): after
 * {@code lock-after} failures the account is locked; the right password alone no longer
 * signs in, it also needs a second check (a link mailed to the person) or an
 * administrator, or the lock to run out;</li>
 * <li>per client network (an IPv4 address, an IPv6 /64): a limit high enough for an
 * office behind one address, then the network waits.</li>
 * </ul>
 * Every attempt is checked and counted in one statement before its password is checked
 * (as if it failed), so concurrent attempts cannot slip past a limit; the right password
 * settles it afterwards.
 */
@Component
class SignInThrottle {

	private static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Settings settings;

	SignInThrottle(JdbcClient jdbc, Clock clock, Settings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Checks and counts an attempt for this account name from this client address. */
	Reservation reserve(String username, String address) {
		String account = accountKey(username);
		String network = ClientAddress.networkOf(address);
		Instant now = this.clock.instant();
		Settings s = this.settings;
		return this.jdbc.sql("""
				select refusal, retry_at, account_locked from sign_in_throttle_reserve(:address, :account, :now,
				  make_interval(secs => :window), :free, make_interval(secs => :firstDelay),
				  make_interval(secs => :maxDelay), :lockAfter,
				  make_interval(secs => :lock), make_interval(secs => :addressWindow), :addressLimit,
				  make_interval(secs => :addressBlock))""")
			.param("address", network)
			.param("account", account)
			.param("now", Timestamp.from(now))
			.param("window", s.window().toSeconds())
			.param("free", s.freeAttempts())
			.param("firstDelay", s.firstDelay().toMillis() / 1000.0)
			.param("maxDelay", s.maxDelay().toSeconds())
			.param("lockAfter", s.lockAfter())
			.param("lock", s.lock().toSeconds())
			.param("addressWindow", s.addressWindow().toSeconds())
			.param("addressLimit", s.addressLimit())
			.param("addressBlock", s.addressBlock().toSeconds())
			.query((rs, n) -> new Reservation(account, network, Refusal.of(rs.getString("refusal")),
					(rs.getTimestamp("retry_at") != null) ? rs.getTimestamp("retry_at").toInstant() : null,
					rs.getBoolean("account_locked")))
			.single();
	}

	/**
	 * The reserved attempt had the right password: it no longer counts against the
	 * network, its account and address start afresh, and the account's failures are
	 * forgotten, with its lock when {@code unlock}.
	 */
	void settle(Reservation reservation, boolean unlock) {
		this.jdbc.sql("select sign_in_throttle_settle(:address, :account, :now, :unlock)")
			.param("address", reservation.network())
			.param("account", reservation.account())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("unlock", unlock)
			.query((rs, n) -> true)
			.list();
	}

	/** Lifts the lock of an account name (an administrator's action or a mailed link). */
	boolean unlockAccount(String username) {
		return this.jdbc.sql("delete from sign_in_throttle where key = :key")
			.param("key", "account:" + accountKey(username))
			.update() > 0;
	}

	/** Forgets counts nobody needs any more: windows long past and blocks that ended. */
	int forgetOld() {
		Instant now = this.clock.instant();
		Duration longest = this.settings.window().compareTo(this.settings.addressWindow()) > 0 ? this.settings.window()
				: this.settings.addressWindow();
		return this.jdbc
			.sql("delete from sign_in_throttle where updated_at < :before and coalesce(blocked_until < :now, true)")
			.param("before", Timestamp.from(now.minus(longest)))
			.param("now", Timestamp.from(now))
			.update();
	}

	static String accountKey(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "");
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name;
	}

	/** Why an attempt was refused before its password was checked. */
	enum Refusal {

		/** This account from this address must wait a little. */
		PAIR,

		/** Too many failures from this network. */
		ADDRESS;

		static Refusal of(String value) {
			return (value != null) ? valueOf(value) : null;
		}

	}

	/**
	 * One counted attempt. {@code refusal} is null when the password may be checked;
	 * {@code accountLocked} tells that the account was locked before it.
	 */
	record Reservation(String account, String network, Refusal refusal, Instant retryAt, boolean accountLocked) {

		boolean allowed() {
			return this.refusal == null;
		}

	}

	/**
	 * The throttle's limits ({@code datapact.sign-in.*}): the window in which an
	 * account's and an account-and-address's failures add up, the free attempts before
	 * waits start, the first wait (doubled by each further failure) and the longest, the
	 * failures that lock an account and for how long, and a network's limit, window and
	 * wait.
	 */
	@ConfigurationProperties("datapact.sign-in")
	record Settings(@DefaultValue("1h") Duration window, @DefaultValue("3") int freeAttempts,
			@DefaultValue("1s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
			@DefaultValue("10") int lockAfter, @DefaultValue("1h") Duration lock,
			@DefaultValue("15m") Duration addressWindow, @DefaultValue("100") int addressLimit,
			@DefaultValue("15m") Duration addressBlock) {
	}

}
