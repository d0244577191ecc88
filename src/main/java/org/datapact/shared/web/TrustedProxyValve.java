package org.datapact.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Applies {@code X-Forwarded-For} and {@code X-Forwarded-Proto} at the container, for
 * requests from a {@linkplain TrustedProxies trusted proxy} only: the client address
 * every part of DataPact sees (throttles, limits, audit), and HTTPS, so that the session
 * cookie is marked {@code Secure} and HSTS is sent. Like Tomcat's RemoteIpValve, but with
 * CIDR ranges instead of regular expressions.
 */
class TrustedProxyValve extends ValveBase {

	private final TrustedProxies proxies;

	TrustedProxyValve(TrustedProxies proxies) {
		super(true);
		this.proxies = proxies;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String remote = request.getRemoteAddr();
		if (!this.proxies.trusts(remote)) {
			getNext().invoke(request, response);
			return;
		}
		String originalHost = request.getRemoteHost();
		boolean originalSecure = request.isSecure();
		String originalScheme = request.getScheme();
		int originalPort = request.getServerPort();
		String client = this.proxies.clientOf(remote, request.getHeader("X-Forwarded-For"));
		try {
			request.setRemoteAddr(client);
			request.setRemoteHost(client);
			if (this.proxies.forwardedSecure(remote, request.getHeader("X-Forwarded-Proto"))) {
				request.setSecure(true);
				request.getCoyoteRequest().scheme().setString("https");
				request.setServerPort(443);
			}
			getNext().invoke(request, response);
		}
		finally {
			request.setRemoteAddr(remote);
			request.setRemoteHost(originalHost);
			request.setSecure(originalSecure);
			request.getCoyoteRequest().scheme().setString(originalScheme);
			request.setServerPort(originalPort);
		}
	}

}
