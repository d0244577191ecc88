package org.datapact.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordEncoderTest {

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(19456, 2, 2,
			Duration.ofSeconds(5));

	@Test
	void usesArgon2idWithAtLeastOwaspMinimumParameters() {
		String hash = this.encoder.encode("a long enough test passphrase");
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.encoder.matches("a long enough test passphrase", hash)).isTrue();
		assertThat(this.encoder.matches("a long enough test passphrasf", hash)).isFalse();
	}

	@Test
	void neverWeakerThanTheMinimumWhateverTheConfiguration() {
		String hash = new SecurityConfiguration().passwordEncoder(1024, 1, 0, Duration.ofSeconds(5))
			.encode("a long enough test passphrase");
		assertThat(hash).contains("m=19456,t=2,p=1");
	}

	@Test
	void passwordsLongerThan72BytesAreNotTruncated() {
		String base = "x".repeat(100);
		String hash = this.encoder.encode(base + "A");
		assertThat(this.encoder.matches(base + "A", hash)).isTrue();
		assertThat(this.encoder.matches(base + "B", hash)).isFalse();
	}

	@Test
	void aBurstOfPasswordChecksRunsAtMostAsManyHashesAtOnceAsAllowed() throws Exception {
		Gate gate = new Gate();
		PasswordEncoder bounded = new BoundedPasswordEncoder(gate, 2, Duration.ofSeconds(30));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				checks.add(pool.submit(() -> bounded.matches("guess", "hash")));
			}
			// two hashes are running and hold their permits; the ten others wait
			assertThat(gate.running.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(gate.inside.get()).isEqualTo(2);
			gate.release.countDown();
			for (Future<Boolean> check : checks) {
				assertThat(check.get(30, TimeUnit.SECONDS)).isFalse();
			}
			assertThat(gate.mostAtOnce.get()).isEqualTo(2);
			assertThat(gate.calls.get()).isEqualTo(12);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCheckThatCannotStartInTimeIsRefusedAsBusyWithoutHashing() throws Exception {
		Gate gate = new Gate();
		PasswordEncoder bounded = new BoundedPasswordEncoder(gate, 1, Duration.ofMillis(50));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> holding = pool.submit(() -> bounded.matches("first", "hash"));
			assertThat(gate.firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
			assertThatThrownBy(() -> bounded.matches("second", "hash"))
				.isInstanceOf(PasswordHashingBusyException.class);
			gate.release.countDown();
			assertThat(holding.get(10, TimeUnit.SECONDS)).isFalse();
			assertThat(gate.calls.get()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** An encoder whose checks hold until released, counting how many run at once. */
	static final class Gate implements PasswordEncoder {

		final AtomicInteger inside = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		final CountDownLatch running = new CountDownLatch(2);

		final CountDownLatch firstRunning = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public String encode(CharSequence rawPassword) {
			return "hash";
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.calls.incrementAndGet();
			int now = this.inside.incrementAndGet();
			this.mostAtOnce.accumulateAndGet(now, Math::max);
			this.running.countDown();
			this.firstRunning.countDown();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.inside.decrementAndGet();
			}
			return false;
		}

	}

}
