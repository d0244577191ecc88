package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.FocalPointFlag.Reason;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.organisation.UserAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides what needs attention: a vacant role, details not confirmed lately, a holder who
 * has left.
 */
@Component
class FocalPointFlags {

	private final UserAccounts accounts;

	private final Period maxAge;

	FocalPointFlags(UserAccounts accounts, @Value("${datapact.focal-points.confirmation-max-age:P6M}") Period maxAge) {
		this.accounts = accounts;
		this.maxAge = maxAge;
	}

	List<FocalPointFlag> of(OrganisationSummary organisation, List<FocalPoint> points, LocalDate today) {
		Instant oldest = today.minus(this.maxAge).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<FocalPointFlag> flags = new ArrayList<>();
		for (FocalPointRole role : FocalPointRole.values()) {
			FocalPoint current = points.stream()
				.filter((p) -> p.getRole() == role && !p.isErased() && p.isCurrentOn(today))
				.findFirst()
				.orElse(null);
			if (current == null) {
				flags.add(flag(organisation, role, Reason.MISSING));
				continue;
			}
			if (current.getConfirmedAt() == null) {
				flags.add(flag(organisation, role, Reason.NEVER_CONFIRMED));
			}
			else if (current.getConfirmedAt().isBefore(oldest)) {
				flags.add(flag(organisation, role, Reason.CONFIRMATION_STALE));
			}
			if (current.getUserId() != null
					&& !this.accounts.findById(current.getUserId()).map(AccountCredentials::canSignIn).orElse(false)) {
				flags.add(flag(organisation, role, Reason.HOLDER_LEFT));
			}
		}
		return flags;
	}

	private static FocalPointFlag flag(OrganisationSummary organisation, FocalPointRole role, Reason reason) {
		return new FocalPointFlag(organisation.id(), organisation.name(), role, reason);
	}

}
