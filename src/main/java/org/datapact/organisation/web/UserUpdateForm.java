package org.datapact.organisation.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.organisation.domain.UserView;
import org.datapact.shared.Role;

/**
 * What an administrator may change about an existing user; organisation and username
 * stay.
 */
record UserUpdateForm(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotEmpty Set<Role> roles, @NotNull Long version) {

	static UserUpdateForm of(UserView user) {
		return new UserUpdateForm(user.displayName(), user.email(), user.roles(), user.version());
	}

	UserUpdateForm withVersion(long current) {
		return new UserUpdateForm(this.displayName, this.email, this.roles, current);
	}

	UserCommand command() {
		return new UserCommand(null, null, this.displayName, this.email, this.roles);
	}

}
