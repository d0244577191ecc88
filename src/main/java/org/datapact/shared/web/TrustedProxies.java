package org.datapact.shared.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.util.StringUtils;

/**
 * The reverse proxies whose forwarded headers DataPact believes
 * ({@code DATAPACT_TRUSTED_PROXIES}: addresses or CIDR ranges, IPv4 or IPv6,
 * comma-separated; none by default). A request from anyone else keeps its own address and
 * scheme whatever headers it sends, so nobody can pose as another client to the throttles
 * or the audit log.
 */
public final class TrustedProxies {

	private final List<IpAddressMatcher> proxies;

	public TrustedProxies(String configured) {
		this.proxies = StringUtils.hasText(configured) ? Arrays.stream(configured.split(","))
			.map(String::strip)
			.filter(StringUtils::hasText)
			.map(IpAddressMatcher::new)
			.toList() : List.of();
	}

	public boolean isEmpty() {
		return this.proxies.isEmpty();
	}

	public boolean trusts(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			String plain = address.strip();
			if (plain.startsWith("[") && plain.endsWith("]")) {
				plain = plain.substring(1, plain.length() - 1);
			}
			String candidate = plain;
			return this.proxies.stream().anyMatch((proxy) -> proxy.matches(candidate));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The client behind a request from {@code remoteAddress}: for a trusted proxy, the
	 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy
	 * (the left part is whatever the client claimed); otherwise the remote address.
	 */
	public String clientOf(String remoteAddress, String forwardedFor) {
		if (!trusts(remoteAddress) || !StringUtils.hasText(forwardedFor)) {
			return remoteAddress;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!isAddress(hop)) {
				return remoteAddress;
			}
			if (!trusts(hop)) {
				return hop;
			}
		}
		return remoteAddress;
	}

	/** Whether a trusted proxy says the client used HTTPS. */
	public boolean forwardedSecure(String remoteAddress, String forwardedProto) {
		if (!trusts(remoteAddress) || !StringUtils.hasText(forwardedProto)) {
			return false;
		}
		String[] protos = forwardedProto.split(",");
		return "https".equalsIgnoreCase(protos[protos.length - 1].strip());
	}

	private static boolean isAddress(String hop) {
		if (hop.isEmpty() || hop.length() > 45) {
			return false;
		}
		return hop.matches("[0-9.]+") ? hop.matches("(\\d{1,3}\\.){3}\\d{1,3}") : hop.matches("[0-9a-fA-F:.]+");
	}

}
