package org.datapact.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Named 256-bit keys kept outside the database: listed inline ({@code id:base64,...}) or
 * in a key file of {@code id=base64} lines (a mounted secret). One of them is active and
 * seals new values; every listed key opens old ones, so keys can be rotated. A
 * development run may have the file created with a fresh key. The one home of key
 * handling for the encryption of personal data and the audit log's keyed chain.
 */
public final class KeyRing {

	private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String purpose;

	private final Map<String, byte[]> keys;

	private final String activeKeyId;

	/**
	 * @param purpose what the keys are for, named in errors ("encryption", "audit")
	 * @param inlineKeys {@code id:base64,id2:base64}, may be empty
	 * @param keyFile a file of {@code id=base64} lines, may be empty
	 * @param activeKey the id of the key that seals new values; the last listed when
	 * empty
	 * @param createKeyFile whether a missing key file is created with a fresh key
	 * (development only)
	 * @param variable the environment variable operators set, named in errors
	 */
	public KeyRing(String purpose, String inlineKeys, String keyFile, String activeKey, boolean createKeyFile,
			String variable) {
		this.purpose = purpose;
		Map<String, byte[]> found = new LinkedHashMap<>();
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
				throw new IllegalStateException("Cannot read the " + purpose + " key file " + path, ex);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("No " + purpose + " key: set " + variable + "S (id:base64 of 32 random "
					+ "bytes) or " + variable + "_FILE; see the README");
		}
		this.keys = Map.copyOf(found);
		this.activeKeyId = StringUtils.hasText(activeKey) ? activeKey : lastOf(found);
		if (!this.keys.containsKey(this.activeKeyId)) {
			throw new IllegalStateException(
					"The active " + purpose + " key '" + this.activeKeyId + "' is not configured");
		}
	}

	public String activeKeyId() {
		return this.activeKeyId;
	}

	public byte[] activeKey() {
		return this.keys.get(this.activeKeyId).clone();
	}

	public Optional<byte[]> key(String id) {
		return Optional.ofNullable(this.keys.get(id)).map(byte[]::clone);
	}

	private void parse(String text, char separator, Map<String, byte[]> into) {
		for (String line : text.split("\n")) {
			String entry = line.strip();
			if (entry.isEmpty() || entry.startsWith("#")) {
				continue;
			}
			int at = entry.indexOf(separator);
			if (at <= 0) {
				throw new IllegalStateException("An " + this.purpose + " key must read id" + separator + "base64");
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(entry.substring(at + 1).strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("An " + this.purpose + " key is not valid base64");
			}
			if (key.length != 32) {
				throw new IllegalStateException("An " + this.purpose + " key must be 32 bytes (256 bits)");
			}
			into.put(entry.substring(0, at).strip(), key);
		}
	}

	private static String lastOf(Map<String, byte[]> keys) {
		String last = null;
		for (String id : keys.keySet()) {
			last = id;
		}
		return last;
	}

	private void createKeyFile(Path path) {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		try {
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, "# DataPact development " + this.purpose + " key, created on first run\ndev="
					+ Base64.getEncoder().encodeToString(key) + "\n");
			log.warn("Created a development {} key file at {}; never use it in production", this.purpose,
					path.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
