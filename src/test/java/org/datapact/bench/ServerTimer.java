package org.datapact.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Server time of each request, from the first servlet filter until the response is
 * written, so that benchmarks can tell the server's share from the HTTP client's.
 */
final class ServerTimer {

	private static final List<Double> TIMES = Collections.synchronizedList(new ArrayList<>());

	private ServerTimer() {
	}

	/** The times recorded since the last reset, and starts afresh. */
	static List<Double> reset() {
		synchronized (TIMES) {
			List<Double> taken = new ArrayList<>(TIMES);
			TIMES.clear();
			return taken;
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		FilterRegistrationBean<Filter> serverTimer() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				long start = System.nanoTime();
				try {
					chain.doFilter(request, response);
					response.flushBuffer();
				}
				finally {
					TIMES.add((System.nanoTime() - start) / 1_000_000.0);
				}
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
