package org.datapact.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.datapact.support.LiveClient;
import org.datapact.support.LiveClient.RawResponse;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scanners found on the shipped defaults: the session cookie must be {@code Secure}
 * unless a plain-HTTP trial asks otherwise, also when a trusted proxy says the request
 * came over HTTPS; a forged {@code Host} header must never reach a redirect's
 * {@code Location}; and the errors Tomcat answers before the application carry the same
 * security headers as every other answer.
 */
@LiveServerTest
class ProductionDefaultsTest {

	@LocalServerPort
	int port;

	@Test
	void theShippedSessionCookieIsSecureAndOnlyTheDemoTurnsItOff() throws IOException {
		// resolved as in a deployment without DATAPACT_SECURE_COOKIES
		assertThat(shipped("application.properties", "server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(shipped("application-demo.properties", "server.servlet.session.cookie.secure")).isEqualTo("false");
	}

	@Test
	void aRequestATrustedProxySaysCameOverHttpsGetsASecureCookie() {
		// the tests trust the loopback address as a proxy, and turn the Secure default
		// off
		RawResponse overHttps = new LiveClient(this.port).raw("GET /login HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Forwarded-For: 198.51.100.20\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
		assertThat(overHttps.status()).isEqualTo(200);
		assertThat(sessionCookie(overHttps)).contains("; Secure");
		assertThat(overHttps.headers()).containsIgnoringCase("Strict-Transport-Security");

		RawResponse plain = new LiveClient(this.port).raw(
				"GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 198.51.100.21\r\nConnection: close\r\n\r\n");
		assertThat(sessionCookie(plain)).isNotEmpty().doesNotContain("; Secure");
	}

	@Test
	void redirectsNeverEchoAForgedHostHeader() {
		for (String path : new String[] { "/", "/projects", "/admin/audit" }) {
			RawResponse response = new LiveClient(this.port).raw("GET " + path
					+ " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).as(path).isEqualTo(302);
			String location = header(response, "Location");
			assertThat(location).as(path).isEqualTo("/login").doesNotContain("evil.example");
		}
	}

	@Test
	void errorsTomcatAnswersItselfCarryTheSecurityHeaders() {
		for (String path : new String[] { "/%ff", "/..%2fetc%2fpasswd", "/organisations/%C0%AF" }) {
			RawResponse response = new LiveClient(this.port)
				.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(header(response, "Content-Security-Policy")).as(path)
				.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("same-origin");
		}
		RawResponse ordinary = new LiveClient(this.port)
			.raw("GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(ordinary.headers().lines().filter((line) -> line.startsWith("Content-Security-Policy:")))
			.as("written once on the application's own answers")
			.hasSize(1);
	}

	private static String shipped(String file, String property) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new ResourcePropertySource(new ClassPathResource(file)));
		return new PropertySourcesPropertyResolver(sources).getProperty(property);
	}

	private static String sessionCookie(RawResponse response) {
		return response.headers()
			.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie:") && line.contains("SESSION"))
			.findFirst()
			.orElse("");
	}

	private static String header(RawResponse response, String name) {
		String prefix = name.toLowerCase(Locale.ROOT) + ":";
		return response.headers()
			.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
			.map((line) -> line.substring(prefix.length()).strip())
			.findFirst()
			.orElse("");
	}

}
