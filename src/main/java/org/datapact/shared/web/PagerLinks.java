package org.datapact.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.PageQuery;

/**
 * Links to other pages of the list a request shows: the same path and parameters
 * (filters, size, order) with another page number. Relative to the server, so that no
 * link depends on the Host header a client sent.
 */
public final class PagerLinks {

	private final String path;

	private final Map<String, String[]> parameters;

	private final String pageParameter;

	private final String sortParameter;

	private final List<String> sortKeys;

	private final PageQuery query;

	PagerLinks(HttpServletRequest request, String pageParameter) {
		this(request, pageParameter, null, List.of(), null);
	}

	PagerLinks(HttpServletRequest request, String pageParameter, String sortParameter, List<String> sortKeys,
			PageQuery query) {
		this.path = request.getRequestURI();
		this.parameters = new TreeMap<>(request.getParameterMap());
		this.pageParameter = pageParameter;
		this.sortParameter = sortParameter;
		this.sortKeys = List.copyOf(sortKeys);
		this.query = query;
	}

	/** The orders the list offers, by key, for a choice of order on the page. */
	public List<String> getSortKeys() {
		return this.sortKeys;
	}

	/** The name of the parameter that chooses the order. */
	public String getSortParameter() {
		return this.sortParameter;
	}

	/** The page, size and order shown. */
	public PageQuery getQuery() {
		return this.query;
	}

	/** The link to the given page (counted from 0). */
	public String to(long page) {
		StringJoiner query = new StringJoiner("&");
		this.parameters.forEach((name, values) -> {
			if (!name.equals(this.pageParameter)) {
				for (String value : values) {
					query.add(encode(name) + "=" + encode(value));
				}
			}
		});
		if (page > 0) {
			query.add(encode(this.pageParameter) + "=" + page);
		}
		return (query.length() == 0) ? this.path : this.path + "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
