package org.datapact.support;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refused request must look like: the right status, an error page or a
 * problem+json body, and nothing of the server's inside (exception names, stack frames,
 * SQL states).
 */
public final class ErrorResponses {

	private static final List<String> LEAKS = List.of("Exception", "exception", "\tat ", "at org.", "at java.",
			"org.springframework", "org.hibernate", "org.postgresql", "org.datapact", "java.lang", "Caused by",
			"SQLState", "Stack", "stack trace", "Apache Tomcat");

	private ErrorResponses() {
	}

	public static void assertPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("id=\"error-title\"");
		assertNoLeak(response.body());
	}

	public static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(response.body(), "$.title")).isNotBlank();
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
		assertNoLeak(response.body());
	}

	/**
	 * The message a problem gives for one field ({@code errors[].path}), or fails when it
	 * names none.
	 */
	public static String fieldError(String problem, String path) {
		List<String> messages = JsonPath.read(problem, "$.errors[?(@.path == '" + path + "')].message");
		assertThat(messages).as("error for %s in %s", path, problem).hasSize(1);
		return messages.get(0);
	}

	/** The fields a problem names in {@code errors}. */
	public static List<String> errorPaths(String problem) {
		return JsonPath.read(problem, "$.errors[*].path");
	}

	public static void assertNoLeak(String body) {
		for (String leak : LEAKS) {
			assertThat(body).as("response body must not contain %s", leak).doesNotContain(leak);
		}
	}

}
