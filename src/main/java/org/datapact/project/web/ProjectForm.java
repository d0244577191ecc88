package org.datapact.project.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.project.domain.ProjectCommand;

import org.springframework.format.annotation.DateTimeFormat;

/** A new project: for which partner, what, where and when. */
record ProjectForm(@NotNull UUID organisationId,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String title,
		@NotBlank @Size(max = 4000) @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*") String purpose,
		@NotBlank @Pattern(regexp = "^[A-Za-z]{2}$") String countryCode,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

	static ProjectForm empty(UUID organisationId) {
		return new ProjectForm(organisationId, "", "", "", null, null);
	}

	ProjectCommand command() {
		return new ProjectCommand(this.organisationId, this.title, this.purpose, this.countryCode, this.startDate,
				this.endDate);
	}

}
