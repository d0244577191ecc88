package org.datapact.focalpoint.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.FocalPointView;

record ContactDetailsForm(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String name,
		@Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") @Nullable String title,
		@NotBlank @Size(max = 40) String mobile, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 40) @Nullable String alternativePhone,
		@Pattern(regexp = "^(en|fr)?$") @Nullable String workingLanguage, @Nullable UUID userId,
		@Nullable Long version) {

	static ContactDetailsForm empty() {
		return new ContactDetailsForm("", "", "", "", "", "en", null, null);
	}

	static ContactDetailsForm of(FocalPointView view) {
		return new ContactDetailsForm(view.name(), view.title(), view.mobileDisplay(), view.email(),
				view.alternativePhoneDisplay(), view.workingLanguage(), view.userId(), view.version());
	}

	ContactDetailsInput input() {
		return new ContactDetailsInput(this.name, this.title, this.mobile, this.email, this.alternativePhone,
				this.workingLanguage, this.userId);
	}

	@Override
	public String toString() {
		return "ContactDetailsForm[redacted]";
	}

}
