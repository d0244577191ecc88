package org.datapact.focalpoint.domain;

import java.util.Set;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.InvalidRequestException;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Business checks on contact details beyond field formats: phones must be real numbers
 * (stored in E.164), the working language one DataPact writes in, a linked account one of
 * the organisation's.
 */
@Component
class ContactDetailsValidator {

	static final Set<String> LANGUAGES = Set.of("en", "fr");

	private final UserAccounts accounts;

	ContactDetailsValidator(UserAccounts accounts) {
		this.accounts = accounts;
	}

	ContactDetails validate(ContactDetailsInput input, OrganisationSummary organisation) {
		String mobile = PhoneNumbers.toE164(input.mobile(), organisation.countryCode());
		if (mobile == null) {
			throw new InvalidRequestException("mobile", "focalPoint.phone.invalid");
		}
		String alternative = null;
		if (StringUtils.hasText(input.alternativePhone())) {
			alternative = PhoneNumbers.toE164(input.alternativePhone(), organisation.countryCode());
			if (alternative == null) {
				throw new InvalidRequestException("alternativePhone", "focalPoint.phone.invalid");
			}
		}
		String language = StringUtils.hasText(input.workingLanguage()) ? input.workingLanguage().strip() : "en";
		if (!LANGUAGES.contains(language)) {
			throw new InvalidRequestException("workingLanguage", "focalPoint.language.invalid");
		}
		if (input.userId() != null) {
			boolean colleague = this.accounts.findById(input.userId())
				.map(AccountCredentials::organisationId)
				.filter(organisation.id()::equals)
				.isPresent();
			if (!colleague) {
				throw new InvalidRequestException("userId", "focalPoint.user.invalid");
			}
		}
		return new ContactDetails(input.name().strip(), strip(input.title()), mobile, input.email().strip(),
				alternative, language, input.userId());
	}

	/** An optional text, without surrounding blanks; a blank one is no text at all. */
	private static String strip(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
