package org.datapact.support.contract;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.datapact.support.LiveClient;

/**
 * An {@link HttpClient} for clients generated from the OpenAPI document: every exchange
 * goes through a {@link LiveClient} (its cookies, its contract check), so that a
 * generated client's calls are checked against the document like every other API call.
 */
public final class ContractCheckedHttpClient extends HttpClient {

	private final LiveClient live;

	private ContractCheckedHttpClient(LiveClient live) {
		this.live = live;
	}

	/**
	 * A builder, as generated clients take one, that builds a client over the given one.
	 */
	public static HttpClient.Builder over(LiveClient live) {
		return new Builder(new ContractCheckedHttpClient(live));
	}

	@Override
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		HttpResponse<String> response = this.live.send(HttpRequest.newBuilder(request, (name, value) -> true));
		byte[] bytes = (response.body() != null) ? response.body().getBytes(StandardCharsets.UTF_8) : new byte[0];
		HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
			@Override
			public int statusCode() {
				return response.statusCode();
			}

			@Override
			public HttpHeaders headers() {
				return response.headers();
			}

			@Override
			public HttpClient.Version version() {
				return response.version();
			}
		});
		subscriber.onSubscribe(new java.util.concurrent.Flow.Subscription() {
			private boolean done;

			@Override
			public void request(long n) {
				if (!this.done) {
					this.done = true;
					subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
					subscriber.onComplete();
				}
			}

			@Override
			public void cancel() {
				this.done = true;
			}
		});
		T body = subscriber.getBody().toCompletableFuture().join();
		return new Response<>(response, body);
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		return CompletableFuture.completedFuture(send(request, handler));
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
			HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
		return sendAsync(request, handler);
	}

	@Override
	public Optional<CookieHandler> cookieHandler() {
		return Optional.empty();
	}

	@Override
	public Optional<Duration> connectTimeout() {
		return Optional.empty();
	}

	@Override
	public Redirect followRedirects() {
		return Redirect.NEVER;
	}

	@Override
	public Optional<ProxySelector> proxy() {
		return Optional.empty();
	}

	@Override
	public SSLContext sslContext() {
		try {
			return SSLContext.getDefault();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public SSLParameters sslParameters() {
		return new SSLParameters();
	}

	@Override
	public Optional<Authenticator> authenticator() {
		return Optional.empty();
	}

	@Override
	public Version version() {
		return Version.HTTP_1_1;
	}

	@Override
	public Optional<Executor> executor() {
		return Optional.empty();
	}

	/** The response as received, with the body the caller's handler made of it. */
	private record Response<T>(HttpResponse<String> received, T body) implements HttpResponse<T> {

		@Override
		public int statusCode() {
			return this.received.statusCode();
		}

		@Override
		public HttpRequest request() {
			return this.received.request();
		}

		@Override
		public Optional<HttpResponse<T>> previousResponse() {
			return Optional.empty();
		}

		@Override
		public HttpHeaders headers() {
			return this.received.headers();
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return Optional.empty();
		}

		@Override
		public URI uri() {
			return this.received.uri();
		}

		@Override
		public Version version() {
			return this.received.version();
		}

	}

	/** Configuration is the live client's; building gives the checked client. */
	private record Builder(ContractCheckedHttpClient client) implements HttpClient.Builder {

		@Override
		public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
			return this;
		}

		@Override
		public HttpClient.Builder connectTimeout(Duration duration) {
			return this;
		}

		@Override
		public HttpClient.Builder sslContext(SSLContext sslContext) {
			return this;
		}

		@Override
		public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
			return this;
		}

		@Override
		public HttpClient.Builder executor(Executor executor) {
			return this;
		}

		@Override
		public HttpClient.Builder followRedirects(Redirect policy) {
			return this;
		}

		@Override
		public HttpClient.Builder version(Version version) {
			return this;
		}

		@Override
		public HttpClient.Builder priority(int priority) {
			return this;
		}

		@Override
		public HttpClient.Builder proxy(ProxySelector proxySelector) {
			return this;
		}

		@Override
		public HttpClient.Builder authenticator(Authenticator authenticator) {
			return this;
		}

		@Override
		public HttpClient build() {
			return this.client;
		}

	}

}
