package org.datapact.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages DataPact speaks: its pages, its messages and its mails. */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	private Languages() {
	}

	/** The supported language of a locale (fr-CA is French), if DataPact speaks it. */
	public static Optional<Locale> supported(Locale locale) {
		return (locale == null) ? Optional.empty()
				: SUPPORTED.stream()
					.filter((language) -> language.getLanguage().equals(locale.getLanguage()))
					.findFirst();
	}

	/** The language stored for a person, English when none or an unknown one is. */
	public static Locale ofTag(String tag) {
		return (tag == null) ? Locale.ENGLISH : supported(Locale.forLanguageTag(tag)).orElse(Locale.ENGLISH);
	}

}
