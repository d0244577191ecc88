package org.datapact.focalpoint.domain;

import java.util.List;
import java.util.Map;

import org.datapact.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a key rotation at start-up: every stored value sealed with an older key is
 * re-encrypted with the active one. An update only applies while the value is still the
 * one read, so a concurrent edit is never overwritten.
 */
@Component
class ReEncryption implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);

	/** Encrypted columns by table; names are constants, never user input. */
	private static final Map<String, List<String>> COLUMNS = Map.of("focal_point",
			List.of("name", "title", "mobile", "email", "alternative_phone"), "focal_point_handover",
			List.of("agreements", "open_issues", "notes"));

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	ReEncryption(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int count = reencryptAll();
		if (count > 0) {
			log.info("Re-encrypted {} personal data values with the active key '{}'", count, this.cipher.activeKeyId());
		}
	}

	int reencryptAll() {
		int count = 0;
		for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
			for (String column : table.getValue()) {
				count += reencrypt(table.getKey(), column);
			}
		}
		return count;
	}

	private int reencrypt(String table, String column) {
		String activePrefix = "v1:" + this.cipher.activeKeyId() + ":%";
		List<Map<String, Object>> stale = this.jdbc
			.sql("select id, " + column + " as value from " + table + " where " + column + " is not null and " + column
					+ " not like ?")
			.param(activePrefix)
			.query()
			.listOfRows();
		int count = 0;
		for (Map<String, Object> row : stale) {
			String old = (String) row.get("value");
			String plain;
			try {
				plain = this.cipher.decrypt(old);
			}
			catch (IllegalStateException ex) {
				// one unreadable value (a key no longer configured, or a damaged value)
				// must not stop
				// the whole application: it is named here and refused when read
				log.warn("Cannot re-encrypt {}.{} of row {}: its key is not configured or the value is damaged", table,
						column, row.get("id"));
				continue;
			}
			String fresh = this.cipher.encrypt(plain);
			count += this.jdbc.sql("update " + table + " set " + column + " = ? where id = ? and " + column + " = ?")
				.params(fresh, row.get("id"), old)
				.update();
		}
		return count;
	}

}
