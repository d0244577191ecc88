package org.datapact.shared.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@LiveServerTest
class MarkdownPreviewTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void previewsMarkdownSanitisedAsSavedTextIsShown() {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.scoper());
		HttpResponse<String> preview = client.form("/markdown/preview",
				Map.of("body", "## Access\n\n**Named** people only <script>alert(1)</script> [x](javascript:alert(1))"),
				true);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("<h2>Access</h2>", "<strong>Named</strong>",
				"&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(preview.body()).doesNotContain("<script>", "javascript:", "<html");

		HttpResponse<String> empty = client.form("/markdown/preview", Map.of("body", " \r\n "), true);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Nothing to preview yet.");
		HttpResponse<String> nul = client.form("/markdown/preview", Map.of("body", "a\u0000b"), true);
		assertThat(nul.statusCode()).isEqualTo(200);
		// the replacement character, as the sanitizer writes it
		assertThat(nul.body()).contains("a&#xfffd;b").doesNotContain("\u0000");
	}

	@Test
	void aMegabyteOfHostileTextIsPreviewedOrRefusedCleanly() {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.scoper());
		HttpResponse<String> huge = client.form("/markdown/preview", Map.of("body", "[".repeat(900_000)), true);
		assertThat(huge.statusCode()).isIn(200, 413);
		HttpResponse<String> tooLarge = client.form("/markdown/preview", Map.of("body", "x".repeat(1_100_000)), true);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
	}

}
