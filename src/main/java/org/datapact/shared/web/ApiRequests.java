package org.datapact.shared.web;

/** Tells API calls (answered with problem+json) from page requests. */
public final class ApiRequests {

	private ApiRequests() {
	}

	public static boolean isApi(String path, String accept) {
		if (path != null && (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/"))) {
			return true;
		}
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

}
