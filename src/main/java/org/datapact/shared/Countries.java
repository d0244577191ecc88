package org.datapact.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** ISO 3166-1 alpha-2 countries, and their names in a language, sorted for a picker. */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

	private Countries() {
	}

	public record Country(String code, String name) {
	}

	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	public static String name(String code, Locale locale) {
		return isKnown(code) ? new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)
				: String.valueOf(code);
	}

	public static List<Country> all(Locale locale) {
		return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), (language) -> {
			Locale in = new Locale.Builder().setLanguage(language).build();
			Collator collator = Collator.getInstance(in);
			return Stream.of(Locale.getISOCountries())
				.map((code) -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(in)))
				.sorted(Comparator.comparing(Country::name, collator))
				.toList();
		});
	}

}
