package org.datapact.support.contract;

import java.util.List;
import java.util.Map;

/**
 * One API request as sent and the response as received, whichever client made it.
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param query the query parameters, in order
 * @param requestHeaders the request's headers that the document can speak of
 * @param requestBody the body sent, or null
 * @param status the response status
 * @param responseContentType the response's Content-Type, or null
 * @param responseBody the body received, or null
 * @param containerError whether the body is left to the servlet container's error page,
 * which MockMvc does not render: then only the status is checked against the document
 */
public record ApiInteraction(String method, String path, Map<String, List<String>> query,
		Map<String, List<String>> requestHeaders, String requestBody, int status, String responseContentType,
		String responseBody, boolean containerError) {

	public boolean isApi() {
		return this.path.startsWith("/api/");
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + (this.query.isEmpty() ? "" : " " + this.query) + " -> " + this.status;
	}

}
