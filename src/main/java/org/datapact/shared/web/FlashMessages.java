package org.datapact.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Success and warning banners shown once after a redirect; the text is a message-bundle
 * key.
 */
public final class FlashMessages {

	private FlashMessages() {
	}

	public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashSuccess", new Flash(messageKey, args));
	}

	public static void warning(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashWarning", new Flash(messageKey, args));
	}

	public record Flash(String key, Object[] args) {
	}

}
