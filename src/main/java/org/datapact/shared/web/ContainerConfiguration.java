package org.datapact.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat as DataPact wants it: forwarded headers believed from trusted proxies only,
 * redirects that stay relative, so that a forged {@code Host} header never ends up in a
 * {@code Location}, and the security headers also on the errors Tomcat answers itself.
 */
@Configuration(proxyBeanMethods = false)
class ContainerConfiguration {

	@Bean
	TrustedProxies trustedProxies(@Value("${datapact.trusted-proxies:}") String configured) {
		return new TrustedProxies(configured);
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyValve(TrustedProxies proxies) {
		return (factory) -> {
			factory.addEngineValves(new ContainerErrorHeadersValve(), new TrustedProxyValve(proxies));
			factory.addContextCustomizers((context) -> context.setUseRelativeRedirects(true));
		};
	}

}
