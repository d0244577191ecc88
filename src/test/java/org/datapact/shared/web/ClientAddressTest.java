package org.datapact.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client addresses as throttles count them, and the proxies whose forwarded headers are
 * believed.
 */
class ClientAddressTest {

	@Test
	void ipv4AddressesCountAloneAndIpv6AddressesPerSlash64() {
		assertThat(ClientAddress.networkOf("192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(ClientAddress.networkOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.networkOf("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.networkOf("2001:0db8:0001:0002:0:0:0:ffff")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.networkOf("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
		assertThat(ClientAddress.networkOf("::ffff:192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(ClientAddress.networkOf(null)).isEqualTo("unknown");
	}

	@Test
	void forwardedHeadersCountOnlyFromATrustedProxy() {
		TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 2001:db8:ffff::/48");
		assertThat(proxies.clientOf("10.1.2.3", "198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(proxies.clientOf("192.0.2.1", "198.51.100.7")).as("not a proxy we trust").isEqualTo("192.0.2.1");
		assertThat(proxies.clientOf("2001:db8:ffff:1::2", "198.51.100.7")).isEqualTo("198.51.100.7");
		// a client cannot pose as another by sending its own X-Forwarded-For through the
		// proxy: the right-most address not a proxy's is the one the proxy saw
		assertThat(proxies.clientOf("10.1.2.3", "203.0.113.66, 198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(proxies.clientOf("10.1.2.3", "198.51.100.7, 10.9.9.9")).isEqualTo("198.51.100.7");
		assertThat(proxies.clientOf("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
		assertThat(proxies.forwardedSecure("10.1.2.3", "https")).isTrue();
		assertThat(proxies.forwardedSecure("192.0.2.1", "https")).isFalse();
		assertThat(proxies.forwardedSecure("10.1.2.3", "http")).isFalse();
	}

	@Test
	void nobodyIsTrustedUnlessConfigured() {
		TrustedProxies none = new TrustedProxies("");
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.clientOf("127.0.0.1", "198.51.100.7")).isEqualTo("127.0.0.1");
		assertThat(none.forwardedSecure("127.0.0.1", "https")).isFalse();
	}

}
