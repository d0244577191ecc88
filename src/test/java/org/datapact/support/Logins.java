package org.datapact.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.datapact.support.Fixtures.TestUser;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Real form sign-ins through the security filter chain, each from its own client address.
 */
public final class Logins {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private Logins() {
	}

	public static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(address());
	}

	public static MockHttpSession signIn(MockMvc mvc, TestUser user) throws Exception {
		return (MockHttpSession) mvc.perform(login(user.username(), user.password()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/**
	 * A distinct client address, so that per-address throttling never links unrelated
	 * tests.
	 */
	public static RequestPostProcessor address() {
		int n = ADDRESSES.incrementAndGet();
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr("10.77." + (n / 250) + "." + (n % 250 + 1));
			return request;
		};
	}

}
