package org.datapact.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.RateLimits;
import org.datapact.shared.TooManyRequestsException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits writes through the JSON API per token and per account (every instance counting
 * together), so that one stolen or runaway token cannot create thousands of records a
 * minute. A write over the limit answers 429 problem+json with {@code Retry-After}; reads
 * are not limited.
 */
@Configuration(proxyBeanMethods = false)
class ApiWriteLimits implements HandlerInterceptor, WebMvcConfigurer {

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final int perToken;

	private final int perAccount;

	private final Duration window;

	ApiWriteLimits(RateLimits limits, ApplicationEventPublisher events,
			@Value("${datapact.rate-limit.api-writes-per-token:60}") int perToken,
			@Value("${datapact.rate-limit.api-writes-per-account:120}") int perAccount,
			@Value("${datapact.rate-limit.window:1m}") Duration window) {
		this.limits = limits;
		this.events = events;
		this.perToken = perToken;
		this.perAccount = perAccount;
		this.window = window;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!BearerTokenFilter.isWrite(request.getMethod(), path)) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof DataPactPrincipal principal)) {
			return true;
		}
		try {
			if (authentication instanceof BearerTokenAuthentication token) {
				this.limits.hit("api-writes:token:" + token.tokenId(), this.perToken, this.window,
						"rateLimit.apiWrites");
			}
			this.limits.hit("api-writes:account:" + principal.currentUser().id(), this.perAccount, this.window,
					"rateLimit.apiWrites");
		}
		catch (TooManyRequestsException ex) {
			this.events
				.publishEvent(new AuditEvent("API_WRITES_LIMITED", "User", principal.currentUser().id().toString(),
						principal.currentUser().organisationId(), principal.currentUser().id(), null,
						AuditEvent.Outcome.DENIED, request.getMethod() + " " + path)
					.noise());
			throw ex;
		}
		return true;
	}

}
