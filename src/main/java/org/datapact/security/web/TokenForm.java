package org.datapact.security.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.security.domain.TokenScope;
import org.jspecify.annotations.Nullable;

/** A new token's name, lifetime and scope (read-only when not given). */
record TokenForm(@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String name,
		@NotNull @Min(1) @Max(365) Integer validDays, @Nullable TokenScope scope) {

	static TokenForm empty() {
		return new TokenForm("", 90, TokenScope.READ);
	}

}
