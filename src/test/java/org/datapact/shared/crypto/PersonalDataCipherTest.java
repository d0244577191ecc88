package org.datapact.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

	private static final String OLD_KEY = key();

	private static final String NEW_KEY = key();

	@Test
	void roundTripsWithADifferentCiphertextEachTime() {
		PersonalDataCipher cipher = cipher("k1:" + OLD_KEY, "");
		String plaintext = "Amina Odhiambo, +254712345678, é ü 中文";
		Set<String> sealed = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			String stored = cipher.encrypt(plaintext);
			assertThat(stored).startsWith("v1:k1:").doesNotContain("Amina").doesNotContain("254712345678");
			assertThat(cipher.decrypt(stored)).isEqualTo(plaintext);
			sealed.add(stored);
		}
		assertThat(sealed).hasSize(5);
		assertThat(cipher.encrypt(null)).isNull();
		assertThat(cipher.decrypt(null)).isNull();
		assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
	}

	@Test
	void tamperedCiphertextIsRefused() {
		PersonalDataCipher cipher = cipher("k1:" + OLD_KEY, "");
		String stored = cipher.encrypt("Wanjiru Kamau");
		String body = stored.substring("v1:k1:".length());
		byte[] bytes = Base64.getDecoder().decode(body);
		bytes[bytes.length - 1] ^= 1;
		String flipped = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(flipped)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("altered");
		bytes[bytes.length - 1] ^= 1;
		bytes[14] ^= 1;
		String middle = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(middle)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:k1:" + body.substring(0, 10)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:k1:***not base64***")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("Wanjiru Kamau")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("v2:k1:" + body)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:unknown:" + body)).isInstanceOf(IllegalStateException.class);
		// the key id is authenticated: a value cannot be relabelled to another key
		PersonalDataCipher sameKeyTwoIds = cipher("k1:" + OLD_KEY + ",k2:" + OLD_KEY, "k1");
		assertThatThrownBy(() -> sameKeyTwoIds.decrypt("v1:k2:" + body)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void valuesFromAnOlderKeyStillDecryptAfterRotation() {
		PersonalDataCipher before = cipher("old:" + OLD_KEY, "");
		String sealedWithOld = before.encrypt("+254712345678");

		PersonalDataCipher rotated = cipher("old:" + OLD_KEY + ",new:" + NEW_KEY, "new");
		assertThat(rotated.activeKeyId()).isEqualTo("new");
		assertThat(rotated.decrypt(sealedWithOld)).isEqualTo("+254712345678");
		assertThat(rotated.needsReencryption(sealedWithOld)).isTrue();
		String resealed = rotated.encrypt(rotated.decrypt(sealedWithOld));
		assertThat(resealed).startsWith("v1:new:");
		assertThat(rotated.needsReencryption(resealed)).isFalse();
		assertThat(rotated.needsReencryption(null)).isFalse();
		// without an explicit active key, the last listed key is active
		assertThat(cipher("old:" + OLD_KEY + ",new:" + NEW_KEY, "").activeKeyId()).isEqualTo("new");
		// once the old key is retired its values can no longer be read
		PersonalDataCipher retired = cipher("new:" + NEW_KEY, "");
		assertThatThrownBy(() -> retired.decrypt(sealedWithOld)).isInstanceOf(IllegalStateException.class);
		assertThat(retired.decrypt(resealed)).isEqualTo("+254712345678");
	}

	@Test
	void aMissingShortOrGarbageKeyRefusesToStartWithAClearMessage() {
		assertThatThrownBy(() -> cipher("", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No encryption key")
			.hasMessageContaining("DATAPACT_ENCRYPTION_KEYS");
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatThrownBy(() -> cipher("k1:" + shortKey, "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> cipher("k1:not*base64!", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("base64");
		assertThatThrownBy(() -> cipher(OLD_KEY, "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("id:base64");
		assertThatThrownBy(() -> cipher("k1:" + OLD_KEY, "k9")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'k9'")
			.hasMessageContaining("not configured");
		// the message never echoes key material
		assertThatThrownBy(() -> cipher("k1:" + shortKey, "")).hasMessageNotContaining(shortKey);
	}

	@Test
	void readsAKeyFileAndCreatesOneOnlyWhenAsked(@TempDir Path dir) throws Exception {
		Path missing = dir.resolve("missing.keys");
		assertThatThrownBy(() -> new PersonalDataCipher("", missing.toString(), "", false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cannot read the encryption key file");
		assertThat(missing).doesNotExist();

		Path created = dir.resolve("sub/dev.keys");
		PersonalDataCipher fresh = new PersonalDataCipher("", created.toString(), "", true);
		assertThat(created).exists();
		assertThat(fresh.activeKeyId()).isEqualTo("dev");
		String stored = fresh.encrypt("secret");
		assertThat(new PersonalDataCipher("", created.toString(), "", false).decrypt(stored)).isEqualTo("secret");

		Path file = dir.resolve("keys");
		Files.writeString(file, "# comment\nold=" + OLD_KEY + "\n\nnew=" + NEW_KEY + "\n");
		assertThat(new PersonalDataCipher("", file.toString(), "", false).activeKeyId()).isEqualTo("new");
	}

	private static PersonalDataCipher cipher(String keys, String active) {
		return new PersonalDataCipher(keys, "", active, false);
	}

	private static String key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
