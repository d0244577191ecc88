package org.datapact.focalpoint.web;

import java.util.Locale;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.NotFoundException;

/** Roles appear in addresses in lower case: /primary, /secondary. */
final class Roles {

	private Roles() {
	}

	static FocalPointRole parse(String role) {
		try {
			return FocalPointRole.valueOf(role.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("FocalPointRole", role);
		}
	}

}
