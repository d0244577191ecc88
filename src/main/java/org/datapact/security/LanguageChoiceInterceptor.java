package org.datapact.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.datapact.organisation.UserAccounts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Languages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Remembers the language a signed-in person picks in the switcher, so that the mails
 * DataPact sends them are in it too. Only a language DataPact speaks is remembered.
 */
@Configuration(proxyBeanMethods = false)
class LanguageChoiceInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final UserAccounts accounts;

	LanguageChoiceInterceptor(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		String chosen = request.getParameter("lang");
		if (chosen != null) {
			Languages.supported(Locale.forLanguageTag(chosen))
				.ifPresent((language) -> CurrentUser.fromSecurityContext()
					.ifPresent((user) -> this.accounts.rememberLanguage(user.id(), language)));
		}
	}

}
