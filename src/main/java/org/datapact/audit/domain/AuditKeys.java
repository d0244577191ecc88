package org.datapact.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.datapact.shared.crypto.KeyRing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain, kept outside the database like the encryption keys
 * ({@code DATAPACT_AUDIT_KEYS} or {@code DATAPACT_AUDIT_KEY_FILE}). Entries are chained
 * with HMAC-SHA256 under the active key and name it; someone who can write to the
 * database but does not hold the key can neither forge an entry nor recompute the chain
 * after removing or changing one. Checkpoints are signed with the same key.
 */
@Component
class AuditKeys {

	private final KeyRing ring;

	AuditKeys(@Value("${datapact.audit.keys:}") String inlineKeys, @Value("${datapact.audit.key-file:}") String keyFile,
			@Value("${datapact.audit.active-key:}") String activeKey,
			@Value("${datapact.audit.create-key-file:false}") boolean createKeyFile) {
		this.ring = new KeyRing("audit", inlineKeys, keyFile, activeKey, createKeyFile, "DATAPACT_AUDIT_KEY");
	}

	String activeKeyId() {
		return this.ring.activeKeyId();
	}

	/** The hex HMAC-SHA256 of the text under the active key. */
	String mac(String text) {
		return mac(this.ring.activeKey(), text);
	}

	/** The hex HMAC-SHA256 under the named key; empty when that key is not configured. */
	Optional<String> mac(String keyId, String text) {
		return this.ring.key(keyId).map((key) -> mac(key, text));
	}

	private static String mac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

}
