package org.datapact.notification;

import java.util.Locale;
import java.util.Map;

/**
 * One message to one person: the template under {@code templates/mail/} renders the body,
 * the message key {@code mail.<template>.subject} gives the subject, both in the
 * recipient's language.
 */
public record Mail(String to, Locale locale, String template, Map<String, Object> variables) {

	public Mail {
		variables = Map.copyOf(variables);
	}

	@Override
	public String toString() {
		return "Mail[" + this.template + "]";
	}

}
