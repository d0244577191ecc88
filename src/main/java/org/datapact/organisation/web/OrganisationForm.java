package org.datapact.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationView;

record OrganisationForm(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String name,
		@NotNull OrganisationKind kind, @Pattern(regexp = "^$|^[A-Za-z]{2}$") @Nullable String countryCode,
		@Nullable Long version) {

	static OrganisationForm empty() {
		return new OrganisationForm("", OrganisationKind.PARTNER, "", null);
	}

	static OrganisationForm of(OrganisationView view) {
		return new OrganisationForm(view.name(), view.kind(), view.countryCode(), view.version());
	}

	OrganisationCommand command() {
		return new OrganisationCommand(this.name, this.kind, this.countryCode);
	}

}
