package org.datapact.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts personal data at rest with AES-256-GCM. Keys live outside the database: in
 * {@code DATAPACT_ENCRYPTION_KEYS} ({@code id:base64key,id2:base64key}) or in a key file
 * of {@code id=base64key} lines. The active key encrypts; every listed key decrypts, so
 * keys can be rotated: add a new key, make it active, re-encrypt, then retire the old
 * one. A stored value reads {@code v1:<key id>:<base64 of nonce and ciphertext>}.
 */
@Component
public class PersonalDataCipher {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKeySpec> keys;

	private final String activeKeyId;

	public PersonalDataCipher(@Value("${datapact.encryption.keys:}") String inlineKeys,
			@Value("${datapact.encryption.key-file:}") String keyFile,
			@Value("${datapact.encryption.active-key:}") String activeKey,
			@Value("${datapact.encryption.create-key-file:false}") boolean createKeyFile) {
		Map<String, SecretKeySpec> found = new LinkedHashMap<>();
		parse(inlineKeys.replace(',', '\n'), ':', found);
		if (StringUtils.hasText(keyFile)) {
			Path path = Path.of(keyFile);
			if (!Files.exists(path) && createKeyFile) {
				createKeyFile(path);
			}
			try {
				parse(Files.readString(path), '=', found);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the encryption key file " + path, ex);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("No encryption key: set DATAPACT_ENCRYPTION_KEYS "
					+ "(id:base64 of 32 random bytes) or DATAPACT_ENCRYPTION_KEY_FILE; see the README");
		}
		this.keys = Map.copyOf(found);
		this.activeKeyId = StringUtils.hasText(activeKey) ? activeKey : lastOf(found);
		if (!this.keys.containsKey(this.activeKeyId)) {
			throw new IllegalStateException("The active encryption key '" + this.activeKeyId + "' is not configured");
		}
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(this.activeKeyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, nonce.length);
			System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
			return VERSION + ":" + this.activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0]) || !this.keys.containsKey(parts[1])) {
			throw new IllegalStateException("Cannot decrypt a value: unknown format or key id");
		}
		try {
			byte[] data = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.get(parts[1]),
					new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot decrypt a value: it was altered or the key is wrong", ex);
		}
	}

	/** Whether a stored value was sealed with an older key and should be re-encrypted. */
	public boolean needsReencryption(String stored) {
		return stored != null && !stored.startsWith(VERSION + ":" + this.activeKeyId + ":");
	}

	public String activeKeyId() {
		return this.activeKeyId;
	}

	private static void parse(String text, char separator, Map<String, SecretKeySpec> into) {
		for (String line : text.split("\n")) {
			String entry = line.strip();
			if (entry.isEmpty() || entry.startsWith("#")) {
				continue;
			}
			int at = entry.indexOf(separator);
			if (at <= 0) {
				throw new IllegalStateException("An encryption key must read id" + separator + "base64");
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(entry.substring(at + 1).strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("An encryption key is not valid base64");
			}
			if (key.length != 32) {
				throw new IllegalStateException("An encryption key must be 32 bytes (256 bits)");
			}
			into.put(entry.substring(0, at).strip(), new SecretKeySpec(key, "AES"));
		}
	}

	private static String lastOf(Map<String, SecretKeySpec> keys) {
		String last = null;
		for (String id : keys.keySet()) {
			last = id;
		}
		return last;
	}

	private static void createKeyFile(Path path) {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		try {
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, "# DataPact development key, created on first run\ndev="
					+ Base64.getEncoder().encodeToString(key) + "\n");
			log.warn("Created a development encryption key file at {}; never use it in production",
					path.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
