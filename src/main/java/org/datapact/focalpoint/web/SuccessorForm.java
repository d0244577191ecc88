package org.datapact.focalpoint.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.HandoverInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The successor's details, the date they take over, and the handover record. */
record SuccessorForm(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String name,
		@Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") @Nullable String title,
		@NotBlank @Size(max = 40) String mobile, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 40) @Nullable String alternativePhone,
		@Pattern(regexp = "^(en|fr)?$") @Nullable String workingLanguage, @Nullable UUID userId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
		@Size(max = 5000) @Nullable String agreements, @Size(max = 5000) @Nullable String openIssues,
		@Size(max = 5000) @Nullable String notes) {

	static SuccessorForm empty(LocalDate today) {
		return new SuccessorForm("", "", "", "", "", "en", null, today, "", "", "");
	}

	ContactDetailsInput input() {
		return new ContactDetailsInput(this.name, this.title, this.mobile, this.email, this.alternativePhone,
				this.workingLanguage, this.userId);
	}

	HandoverInput handover() {
		return new HandoverInput(blankToNull(this.agreements), blankToNull(this.openIssues), blankToNull(this.notes));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public String toString() {
		return "SuccessorForm[redacted]";
	}

}
