package org.datapact.focalpoint.domain;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers validated with libphonenumber and kept in international E.164 form. */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The E.164 form of a number written in any common way; a number without a country
	 * code is read as one of the organisation's country. Null when the number is not
	 * valid.
	 */
	static String toE164(String raw, String regionHint) {
		if (raw == null || raw.isBlank() || raw.length() > 40) {
			return null;
		}
		try {
			String region = (regionHint != null) ? regionHint.toUpperCase(Locale.ROOT) : null;
			PhoneNumber number = UTIL.parse(raw.strip(), region);
			return UTIL.isValidNumber(number) ? UTIL.format(number, PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/** How a stored number is shown: "+254 712 345678". */
	static String display(String e164) {
		if (e164 == null) {
			return null;
		}
		try {
			return UTIL.format(UTIL.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

}
