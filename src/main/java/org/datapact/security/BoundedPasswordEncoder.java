package org.datapact.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once. Each Argon2 hash takes 19 MiB and tens of
 * milliseconds of a core: a burst of sign-ins hashed all at once would exhaust memory and
 * starve every other request, so the rest wait briefly and are then told the server is
 * busy.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	private final long waitNanos;

	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes, Duration wait) {
		this.delegate = delegate;
		this.permits = new Semaphore(Math.max(1, concurrentHashes), true);
		this.waitNanos = wait.toNanos();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bounded(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return bounded(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private <T> T bounded(Supplier<T> hashing) {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordHashingBusyException();
		}
		if (!acquired) {
			throw new PasswordHashingBusyException();
		}
		try {
			return hashing.get();
		}
		finally {
			this.permits.release();
		}
	}

}
