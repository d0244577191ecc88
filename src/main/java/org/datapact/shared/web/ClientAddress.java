package org.datapact.shared.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. Behind a trusted proxy the container has already
 * replaced the proxy's address with the client's (see {@code TrustedProxyValve}); a
 * forwarded header from anyone else is ignored.
 */
public final class ClientAddress {

	private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

	private ClientAddress() {
	}

	/**
	 * Runs background work on behalf of a request that has been answered already, with
	 * that request's client address as the current one.
	 */
	public static void actingFor(String address, Runnable work) {
		ACTING_FOR.set(address);
		try {
			work.run();
		}
		finally {
			ACTING_FOR.remove();
		}
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	/** The current request's client address, or null outside a request. */
	public static String current() {
		String actingFor = ACTING_FOR.get();
		if (actingFor != null) {
			return actingFor;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return null;
	}

	/**
	 * The network an address is counted under by throttles and limits: an IPv4 address
	 * itself, and the /64 of an IPv6 address (one subscriber or site gets a whole /64, so
	 * counting single IPv6 addresses would let one client count as billions).
	 */
	public static String networkOf(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// a literal: no name is looked up
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				byte[] bytes = parsed.getAddress();
				StringBuilder network = new StringBuilder();
				for (int i = 0; i < 8; i += 2) {
					network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return network.append(":/64").toString();
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
