package org.datapact.classification.domain;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing installations receive the shipped rules once per shipped version: a change to
 * the file that keeps its version would never reach them. Whoever changes the file raises
 * its {@code version} and records the new digest here.
 */
class ShippedRulesVersionTests {

	/** SHA-256 of the shipped file, by shipped version. */
	static final Map<Integer, String> DIGESTS = Map.of(2,
			"9740fe3d3e4968e5ae98c5080798b64345d372f3f622c94fde470eabab0bcea8");

	@Test
	void theShippedRulesChangeOnlyWithTheirVersion() throws IOException, NoSuchAlgorithmException {
		byte[] file = new ClassPathResource(RuleSets.DEFAULT_RESOURCE).getContentAsByteArray();
		String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		assertThat(digest).as("%s changed: raise its version and record its digest", RuleSets.DEFAULT_RESOURCE)
			.isEqualTo(DIGESTS.get(RuleSets.loadDefault().version()));
	}

}
