package org.datapact.security;

import java.time.Duration;

import org.datapact.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionTimeoutFilterTest {

	private final MutableClock clock = new MutableClock();

	private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(this.clock,
			Duration.ofHours(8));

	@Test
	void endsASessionOlderThanTheAbsoluteTimeout() throws Exception {
		MockHttpSession session = new MockHttpSession();
		request(session, "/organisations");
		this.clock.advance(Duration.ofHours(9));

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organisations");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);

		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void keepsAYoungerSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		request(session, "/api/v1/me");
		this.clock.advance(Duration.ofHours(7));

		MockFilterChain chain = request(session, "/api/v1/me");

		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void measuresTheAgeOnTheApplicationClockEvenWhenItDiffersFromTheContainers() throws Exception {
		this.clock.advance(Duration.ofDays(7));
		MockHttpSession session = new MockHttpSession();

		MockFilterChain chain = request(session, "/organisations");
		assertThat(session.isInvalid()).as("a new session is not 7 days old").isFalse();
		assertThat(chain.getRequest()).isNotNull();

		this.clock.advance(Duration.ofHours(9));
		request(session, "/organisations");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aSessionSeenLateKeepsItsRealAge() throws Exception {
		// created nine hours ago by the container, seen by the filter only now
		MockHttpSession old = new MockHttpSession() {
			@Override
			public long getCreationTime() {
				return System.currentTimeMillis() - Duration.ofHours(9).toMillis();
			}
		};

		request(old, "/organisations");

		assertThat(old.isInvalid()).isTrue();
	}

	private MockFilterChain request(MockHttpSession session, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain;
	}

}
