package org.datapact.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.organisation.UserAccounts;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.shared.web.SecurityHeaders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInThrottle.Settings.class)
class SecurityConfiguration {

	private static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/favicon.svg", "/error", "/actuator/health", "/actuator/health/**", "/focal-points/confirm",
			"/login/unlock" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn, ApiTokenService tokens,
			UserAccounts accounts, ApplicationEventPublisher events, Clock clock, DataPactUserDetailsService users,
			PasswordEncoder encoder, SignInThrottle throttle, SignInUnlocks unlocks,
			@Value("${datapact.session.absolute-timeout:8h}") Duration absoluteTimeout) {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		// An async dispatch (a live stream ending) continues a request that was
		// authorised when it began; it may not find the authentication again (a
		// bearer token is not kept in a session).
		http.authorizeHttpRequests(
				(authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
					.permitAll()
					.requestMatchers(PUBLIC)
					.permitAll()
					.requestMatchers("/admin/**", "/actuator/**", "/api/v1/audit/**", "/api/v1/sign-in-locks/**")
					.hasRole("ADMIN")
					.anyRequest()
					.authenticated())
			.authenticationManager(new ProviderManager(
					new ThrottledAuthenticationProvider(passwordAuthentication(users, encoder), throttle, unlocks)))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signIn.success())
				.failureHandler(signIn.failure())
				.permitAll())
			.logout((logout) -> logout.logoutRequestMatcher(path.matcher(HttpMethod.POST, "/logout"))
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID")
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.COOKIES))))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
			// Sessions only when required and a new session id at sign-in are Spring
			// Security's defaults. Setting either explicitly would add a
			// SessionManagementFilter, which stores every bearer-token authentication in
			// a new session.
			.sessionManagement((session) -> session.requireExplicitAuthenticationStrategy(true))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(
						(request, response, ex) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED),
						new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/actuator/**"),
								path.matcher("/v3/**")))
				.accessDeniedHandler(accessDeniedHandler()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, events, clock),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AbsoluteSessionTimeoutFilter(clock, absoluteTimeout), BearerTokenFilter.class)
			.addFilterAfter(new AccountRefreshFilter(accounts, clock), AbsoluteSessionTimeoutFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AccountRefreshFilter.class);
		return http.build();
	}

	/**
	 * A refused CSRF token is marked so that the error page can say the form has expired.
	 */
	private static AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			if (ex instanceof CsrfException) {
				request.setAttribute("datapact.csrfRejected", Boolean.TRUE);
			}
			delegate.handle(request, response, ex);
		};
	}

	/**
	 * Not a bean: a global provider would let a throttled sign-in be retried by a parent
	 * manager.
	 */
	private static DaoAuthenticationProvider passwordAuthentication(DataPactUserDetailsService users,
			PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setUserDetailsPasswordService(users);
		return provider;
	}

	/**
	 * Argon2id at OWASP's minimum or above (19 MiB, 2 iterations, 1 lane) behind a
	 * delegating encoder, so that stronger parameters or algorithms can be introduced and
	 * old hashes upgraded at sign-in. Only as many hashes run at once as there are cores
	 * (or {@code datapact.password.max-concurrent-hashes}); others wait up to
	 * {@code datapact.password.hash-wait} and are then refused as busy.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${datapact.password.argon2.memory-kib:19456}") int memoryKib,
			@Value("${datapact.password.argon2.iterations:2}") int iterations,
			@Value("${datapact.password.max-concurrent-hashes:0}") int concurrentHashes,
			@Value("${datapact.password.hash-wait:5s}") Duration hashWait) {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, Math.max(memoryKib, 19456),
				Math.max(iterations, 2));
		int permits = (concurrentHashes > 0) ? concurrentHashes : Runtime.getRuntime().availableProcessors();
		return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)), permits,
				hashWait);
	}

	/** Malformed or suspicious URLs answer 400, not 500. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
