package org.datapact.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionTimeoutFilterTest {

	@Test
	void endsASessionOlderThanTheAbsoluteTimeout() throws Exception {
		MockHttpSession session = new MockHttpSession();
		long created = session.getCreationTime();
		Clock nineHoursLater = Clock.fixed(Instant.ofEpochMilli(created).plus(Duration.ofHours(9)), ZoneOffset.UTC);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organisations");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new AbsoluteSessionTimeoutFilter(nineHoursLater, Duration.ofHours(8)).doFilter(request, response, chain);
		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void keepsAYoungerSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Clock sevenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(7)),
				ZoneOffset.UTC);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		new AbsoluteSessionTimeoutFilter(sevenHoursLater, Duration.ofHours(8)).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isSameAs(request);
	}

}
