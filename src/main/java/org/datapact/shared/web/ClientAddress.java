package org.datapact.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. Behind a proxy, Spring's forwarded-header support
 * (enabled in the configuration) has already replaced the remote address with the
 * client's.
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

}
