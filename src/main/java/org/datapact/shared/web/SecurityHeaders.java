package org.datapact.shared.web;

/**
 * The security headers every answer carries, in one place: Spring Security writes them on
 * the application's answers, and {@link ContainerErrorHeadersValve} on the errors Tomcat
 * answers before the application sees the request.
 */
public final class SecurityHeaders {

	/** No inline script or style anywhere: behaviour lives in static files. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

}
