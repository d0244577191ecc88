package org.datapact.focalpoint.web;

import java.util.Locale;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.NotFoundException;

/**
 * Roles appear in addresses in lower case: /primary, /secondary, and only so, as the API
 * document lists them; any other spelling names no role.
 */
final class Roles {

	private Roles() {
	}

	static FocalPointRole parse(String role) {
		for (FocalPointRole candidate : FocalPointRole.values()) {
			if (candidate.name().toLowerCase(Locale.ROOT).equals(role)) {
				return candidate;
			}
		}
		throw new NotFoundException("FocalPointRole", role);
	}

}
