package org.datapact.project.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166-1 alpha-2 countries with their names in the reader's language. */
final class Countries {

	private Countries() {
	}

	static List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** The country's name in the reader's language; the code itself when unknown. */
	static String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code).getDisplayCountry(locale);
		return (name.isBlank() || name.equalsIgnoreCase(code)) ? code : name;
	}

	record Country(String code, String name) {
	}

}
