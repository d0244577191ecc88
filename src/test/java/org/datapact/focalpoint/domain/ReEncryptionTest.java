package org.datapact.focalpoint.domain;

import java.util.Arrays;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.crypto.PersonalDataCipher;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation: values sealed with a retired key are re-encrypted with the active one,
 * unchanged.
 */
@IntegrationTest
class ReEncryptionTest {

	@Autowired
	FocalPointService focalPoints;

	@Autowired
	ReEncryption reEncryption;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Value("${datapact.encryption.keys}")
	String keys;

	@Test
	void valuesSealedWithAnOlderKeyAreReencryptedAndStillRead() {
		UUID organisation = this.fixtures.partner();
		FocalPointView appointed = this.focalPoints.appoint(this.fixtures.admin().current(), organisation,
				FocalPointRole.PRIMARY, new ContactDetailsInput("Rotating Person", "Officer", "+254712345678",
						"rotate@example.org", null, "en", null));
		String oldKey = Arrays.stream(this.keys.split(","))
			.filter((k) -> k.startsWith("test-old:"))
			.findFirst()
			.orElseThrow();
		PersonalDataCipher retired = new PersonalDataCipher(oldKey, "", "test-old", false);
		this.jdbc.update("update focal_point set name = ? where id = ?", retired.encrypt("Rotating Person"),
				appointed.id());
		assertThat(this.jdbc.queryForObject("select name from focal_point where id = ?", String.class, appointed.id()))
			.startsWith("v1:test-old:");

		assertThat(this.reEncryption.reencryptAll()).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.queryForObject("select name from focal_point where id = ?", String.class, appointed.id()))
			.startsWith("v1:test-2026:");
		assertThat(this.focalPoints.get(this.fixtures.admin().current(), appointed.id()).name())
			.isEqualTo("Rotating Person");
		assertThat(this.reEncryption.reencryptAll()).isZero();
	}

}
