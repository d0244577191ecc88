package org.datapact.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps the interface in a language we have complete bundles for, whatever a cookie, a
 * parameter or the browser asks for.
 */
class SupportedLocaleResolver implements LocaleResolver {

	private final LocaleResolver delegate;

	private final List<Locale> supported;

	SupportedLocaleResolver(LocaleResolver delegate, List<Locale> supported) {
		this.delegate = delegate;
		this.supported = supported;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return closest(this.delegate.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		this.delegate.setLocale(request, response, (locale != null) ? closest(locale) : null);
	}

	private Locale closest(Locale requested) {
		for (Locale candidate : this.supported) {
			if (candidate.getLanguage().equals(requested.getLanguage())) {
				return candidate;
			}
		}
		return this.supported.get(0);
	}

}
