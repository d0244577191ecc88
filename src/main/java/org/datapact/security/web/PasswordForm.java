package org.datapact.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank @Size(max = 1024) String newPassword,
		@NotBlank @Size(max = 1024) String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	/** Passwords are never sent back to the browser. */
	PasswordForm blanked() {
		return empty();
	}

}
