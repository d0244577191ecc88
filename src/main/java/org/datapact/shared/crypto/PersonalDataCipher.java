package org.datapact.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with AES-256-GCM. Keys live outside the database (see
 * {@link KeyRing}): in {@code DATAPACT_ENCRYPTION_KEYS}
 * ({@code id:base64key,id2:base64key}) or in a key file of {@code id=base64key} lines.
 * The active key encrypts; every listed key decrypts, so keys can be rotated: add a new
 * key, make it active, re-encrypt, then retire the old one. A stored value reads
 * {@code v1:<key id>:<base64 of nonce and ciphertext>}.
 */
@Component
public class PersonalDataCipher {

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

	private final KeyRing ring;

	private final String activeKeyId;

	public PersonalDataCipher(@Value("${datapact.encryption.keys:}") String inlineKeys,
			@Value("${datapact.encryption.key-file:}") String keyFile,
			@Value("${datapact.encryption.active-key:}") String activeKey,
			@Value("${datapact.encryption.create-key-file:false}") boolean createKeyFile) {
		this.ring = new KeyRing("encryption", inlineKeys, keyFile, activeKey, createKeyFile, "DATAPACT_ENCRYPTION_KEY");
		this.activeKeyId = this.ring.activeKeyId();
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
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
		if (parts.length != 3 || !VERSION.equals(parts[0]) || this.ring.key(parts[1]).isEmpty()) {
			throw new IllegalStateException("Cannot decrypt a value: unknown format or key id");
		}
		try {
			byte[] data = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(parts[1]), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
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

	private SecretKeySpec key(String id) {
		return this.keys.computeIfAbsent(id, (k) -> new SecretKeySpec(this.ring.key(k).orElseThrow(), "AES"));
	}

}
