package org.datapact.support.contract;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** API interactions made with the JDK's HTTP client against the running server. */
public final class LiveInteractions {

	private LiveInteractions() {
	}

	public static ApiInteraction of(HttpRequest request, HttpResponse<String> response) {
		URI uri = request.uri();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : List.of("Content-Type", "Accept")) {
			List<String> values = request.headers().allValues(name);
			if (!values.isEmpty()) {
				headers.put(name, values);
			}
		}
		return new ApiInteraction(request.method(), uri.getRawPath(), query(uri.getRawQuery()), headers, body(request),
				response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
				false);
	}

	private static Map<String, List<String>> query(String raw) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			query.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return query;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	/** The body a request sends, read back from its publisher. */
	private static String body(HttpRequest request) {
		return request.bodyPublisher().map((publisher) -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			CompletableFuture<Void> done = new CompletableFuture<>();
			publisher.subscribe(new Flow.Subscriber<>() {
				@Override
				public void onSubscribe(Flow.Subscription subscription) {
					subscription.request(Long.MAX_VALUE);
				}

				@Override
				public void onNext(ByteBuffer item) {
					byte[] chunk = new byte[item.remaining()];
					item.get(chunk);
					bytes.writeBytes(chunk);
				}

				@Override
				public void onError(Throwable error) {
					done.completeExceptionally(error);
				}

				@Override
				public void onComplete() {
					done.complete(null);
				}
			});
			try {
				done.get(5, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot read back the request body", ex);
			}
			return bytes.toString(StandardCharsets.UTF_8);
		}).orElse(null);
	}

}
