package org.datapact.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.datapact.organisation.PasswordPolicy;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5.0 section 6.2: at least 12 characters, up to 128, any
 * characters, no composition rules, and not a common or breached password from the
 * shipped list (no network look-up). Returns a message key when the password is refused.
 */
@Component
public class PasswordRules implements PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordRules() {
		this.common = load("security/common-passwords.txt");
	}

	@Override
	public Optional<String> check(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String folded = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (isCommon(folded)) {
			return Optional.of("password.common");
		}
		if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

	/**
	 * A listed password, a listed password with digits or symbols appended, or the same
	 * short piece repeated ("passwordpassword", "abcabcabcabc").
	 */
	private boolean isCommon(String folded) {
		if (this.common.contains(folded)) {
			return true;
		}
		String stem = folded.replaceFirst("[^\\p{L}]+$", "");
		if (stem.length() >= 4 && this.common.contains(stem)) {
			return true;
		}
		for (int size = 1; size <= folded.length() / 2; size++) {
			if (folded.length() % size == 0
					&& folded.substring(0, size).repeat(folded.length() / size).equals(folded)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
