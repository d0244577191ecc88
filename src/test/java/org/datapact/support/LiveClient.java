package org.datapact.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.contract.ApiContract;
import org.datapact.support.contract.LiveInteractions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of the application running on a real port, with its own cookie jar: one
 * instance is one browser (or one API caller). Redirects are never followed.
 */
public final class LiveClient {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	/**
	 * What an API client reads: JSON, and problem+json when the call fails (the document
	 * declares the errors so).
	 */
	public static final String API_ACCEPT = "application/json, application/problem+json";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final int port;

	/**
	 * The address this client claims through {@code X-Forwarded-For}: the tests trust the
	 * loopback address as a proxy, so each client counts as a client of its own for the
	 * throttles.
	 */
	private final String address;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public LiveClient(int port) {
		this.port = port;
		int n = ADDRESSES.incrementAndGet();
		this.address = "10.200." + (n / 250) + "." + (n % 250 + 1);
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
	}

	public URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	public HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).header("X-Forwarded-For", this.address);
	}

	/** The client address the application sees for this client's requests. */
	public String address() {
		return this.address;
	}

	/**
	 * Sends a request; an API call and its response are checked against the OpenAPI
	 * document ({@link ApiContract}).
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpRequest built = request.build();
			HttpResponse<String> response = this.http.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (built.uri().getPath().startsWith("/api/")) {
				ApiContract.get().check(LiveInteractions.of(built, response));
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Opens a Server-Sent Events stream as {@code EventSource} does, optionally resuming
	 * after an event id.
	 */
	public EventStream events(String path, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream").GET();
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		return EventStream.open(this.http, request.build());
	}

	public HttpResponse<String> page(String path) {
		return send(request(path).header("Accept", "text/html").GET());
	}

	public HttpResponse<String> getJson(String path) {
		return send(request(path).header("Accept", API_ACCEPT).GET());
	}

	/** A session API call: JSON body with the session's CSRF token in the header. */
	public HttpResponse<String> json(String method, String path, String json) {
		return send(request(path).header("Accept", API_ACCEPT)
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrfToken())
			.method(method, BodyPublishers.ofString(json)));
	}

	/** A form as a browser posts it, with the page's CSRF token unless told otherwise. */
	public HttpResponse<String> form(String path, Map<String, String> fields, boolean withCsrf) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (withCsrf) {
			all.put("_csrf", csrfToken());
		}
		String body = all.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/** The CSRF token of the current session, as the layout publishes it. */
	public String csrfToken() {
		HttpResponse<String> page = page("/login");
		if (page.statusCode() == 302) {
			page = page("/profile");
		}
		Matcher matcher = CSRF_META.matcher(page.body());
		assertThat(matcher.find()).as("CSRF meta tag in page").isTrue();
		return matcher.group(1);
	}

	public LiveClient signIn(TestUser user) {
		HttpResponse<String> response = form("/login", Map.of("username", user.username(), "password", user.password()),
				true);
		assertThat(response.statusCode()).as("sign-in of %s", user.username()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).as("sign-in of %s", user.username())
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
		return this;
	}

	public List<HttpCookie> cookies() {
		return this.cookies.getCookieStore().getCookies();
	}

	/**
	 * Sends bytes exactly as given (clients refuse broken URLs) and reads the whole
	 * response; the request should ask for {@code Connection: close}.
	 */
	public RawResponse raw(String request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", this.port), (int) TIMEOUT.toMillis());
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			try {
				while (!complete(received.toByteArray()) && (read = in.read(buffer)) != -1) {
					received.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// the server may reset the connection once it has answered
				if (received.size() == 0) {
					throw ex;
				}
			}
			return RawResponse.parse(received.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a whole response has arrived: the server may keep waiting for a body it
	 * refused, so the end of the stream cannot be awaited.
	 */
	private static boolean complete(byte[] received) {
		String text = new String(received, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		int bodyLength = received.length - end - 4;
		Matcher length = Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
		if (length.find()) {
			return bodyLength >= Integer.parseInt(length.group(1));
		}
		if (head.contains("\r\ntransfer-encoding: chunked")) {
			return text.endsWith("\r\n0\r\n\r\n");
		}
		return false;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record RawResponse(int status, String statusLine, String headers, String body) {

		static RawResponse parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String body = (end >= 0) ? text.substring(end + 4) : "";
			String statusLine = head.lines().findFirst().orElse("");
			String[] parts = statusLine.split(" ");
			int status = (parts.length > 1) ? Integer.parseInt(parts[1]) : -1;
			return new RawResponse(status, statusLine, head, body);
		}

	}

}
