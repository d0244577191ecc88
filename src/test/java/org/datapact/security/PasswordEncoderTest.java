package org.datapact.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordEncoderTest {

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(19456, 2);

	@Test
	void usesArgon2idWithAtLeastOwaspMinimumParameters() {
		String hash = this.encoder.encode("a long enough test passphrase");
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.encoder.matches("a long enough test passphrase", hash)).isTrue();
		assertThat(this.encoder.matches("a long enough test passphrasf", hash)).isFalse();
	}

	@Test
	void neverWeakerThanTheMinimumWhateverTheConfiguration() {
		String hash = new SecurityConfiguration().passwordEncoder(1024, 1).encode("a long enough test passphrase");
		assertThat(hash).contains("m=19456,t=2,p=1");
	}

	@Test
	void passwordsLongerThan72BytesAreNotTruncated() {
		String base = "x".repeat(100);
		String hash = this.encoder.encode(base + "A");
		assertThat(this.encoder.matches(base + "A", hash)).isTrue();
		assertThat(this.encoder.matches(base + "B", hash)).isFalse();
	}

}
