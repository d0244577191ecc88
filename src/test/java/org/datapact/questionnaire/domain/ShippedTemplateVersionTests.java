package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing installations receive the shipped questionnaire once per shipped version: a
 * change to the file that keeps {@link DefaultTemplateInstaller#SHIPPED_VERSION} would
 * never reach them. Whoever changes the file raises that version and records the new
 * digest here.
 */
class ShippedTemplateVersionTests {

	/** SHA-256 of the shipped file, by shipped version. */
	static final Map<Integer, String> DIGESTS = Map.of(2,
			"4f7d30f0ebfe020a11443e4b6b29ae3c677285afb44b74e618505715df8dcd2b");

	@Test
	void theShippedTemplateChangesOnlyWithItsVersion() throws IOException, NoSuchAlgorithmException {
		byte[] file = new ClassPathResource(DefaultTemplateInstaller.RESOURCE).getContentAsByteArray();
		String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		assertThat(digest)
			.as("%s changed: raise its shipped version and record its digest", DefaultTemplateInstaller.RESOURCE)
			.isEqualTo(DIGESTS.get(DefaultTemplateInstaller.SHIPPED_VERSION));
	}

}
