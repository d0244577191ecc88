package org.datapact.project.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectView;

import org.springframework.format.annotation.DateTimeFormat;

/** A project's details as edited; the organisation stays. */
record ProjectUpdateForm(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String title,
		@NotBlank @Size(max = 4000) @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*") String purpose,
		@NotBlank @Pattern(regexp = "^[A-Za-z]{2}$") String countryCode,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, @NotNull Long version) {

	static ProjectUpdateForm of(ProjectView project) {
		return new ProjectUpdateForm(project.title(), project.purpose(), project.countryCode(), project.startDate(),
				project.endDate(), project.version());
	}

	ProjectUpdateForm withVersion(long current) {
		return new ProjectUpdateForm(this.title, this.purpose, this.countryCode, this.startDate, this.endDate, current);
	}

	ProjectCommand command() {
		return new ProjectCommand(null, this.title, this.purpose, this.countryCode, this.startDate, this.endDate);
	}

}
