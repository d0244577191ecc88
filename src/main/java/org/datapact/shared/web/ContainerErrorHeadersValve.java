package org.datapact.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Errors Tomcat answers itself, before the application sees the request (a URL that does
 * not decode, such as {@code /%ff}, or an encoded {@code ..%2f}): the error is set while
 * the request is parsed, so the application's filters never run and Tomcat's error report
 * would go out without the security headers. This valve, first in the engine, gives such
 * answers the same headers as every other.
 */
class ContainerErrorHeadersValve extends ValveBase {

	ContainerErrorHeadersValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError()) {
			response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
			response.setHeader("Cache-Control", "no-store");
		}
		getNext().invoke(request, response);
	}

}
