package org.datapact.organisation.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.shared.Role;

record UserForm(@NotNull UUID organisationId,
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]*$") String username,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotEmpty Set<Role> roles, @Nullable Long version) {

	static UserForm empty(UUID organisationId) {
		return new UserForm(organisationId, "", "", "", Set.of(), null);
	}

	UserCommand command() {
		return new UserCommand(this.organisationId, this.username, this.displayName, this.email, this.roles);
	}

}
