package org.datapact.security.domain;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	private final PasswordRules rules = new PasswordRules();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|password.required", "short one|password.tooShort", "elevenchars|password.tooShort",
					"password1234|password.common", "qwertyuiop123|password.common", "sunshine2024!!|password.common",
					"PASSWORD1234|password.common", "abcabcabcabc|password.common", "zzzzzzzzzzzzzzzz|password.common",
					"my name is alice.smith ok|password.containsUsername" })
	void refuses(String password, String key) {
		assertThat(this.rules.check(password, "alice.smith")).contains(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "twelve chars", "Tr0ub4dor&3 is long enough",
			"日本語のパスワードです十二", "a long enough test passphrase" })
	void accepts(String password) {
		assertThat(this.rules.check(password, "alice.smith")).isEmpty();
	}

	@Test
	void countsCharactersNotBytesAndAllowsUpTo128() {
		assertThat(this.rules.check("é".repeat(11) + "x", null)).isEmpty();
		String longest = "a quiet river " + "x".repeat(114);
		assertThat(longest).hasSize(128);
		assertThat(this.rules.check(longest, null)).isEmpty();
		assertThat(this.rules.check(longest + "y", null)).isEqualTo(Optional.of("password.tooLong"));
	}

	@Test
	void noCompositionRules() {
		assertThat(this.rules.check("all lowercase words here", null)).isEmpty();
	}

}
