package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.FocalPointFlag.Reason;
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
		return of(List.of(organisation), Map.of(organisation.id(), points), today);
	}

	/**
	 * The flags of many organisations at once; whether linked holders can still sign in
	 * is asked once for all of them.
	 */
	List<FocalPointFlag> of(List<OrganisationSummary> organisations, Map<UUID, List<FocalPoint>> points,
			LocalDate today) {
		Map<UUID, Map<FocalPointRole, FocalPoint>> current = new HashMap<>();
		Set<UUID> linked = new HashSet<>();
		for (OrganisationSummary organisation : organisations) {
			Map<FocalPointRole, FocalPoint> holders = new EnumMap<>(FocalPointRole.class);
			for (FocalPoint point : points.getOrDefault(organisation.id(), List.of())) {
				if (!point.isErased() && point.isCurrentOn(today)) {
					holders.putIfAbsent(point.getRole(), point);
					if (point.getUserId() != null) {
						linked.add(point.getUserId());
					}
				}
			}
			current.put(organisation.id(), holders);
		}
		Set<UUID> gone = linked.isEmpty() ? Set.of() : this.accounts.unableToSignIn(linked);
		Instant oldest = today.minus(this.maxAge).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<FocalPointFlag> flags = new ArrayList<>();
		for (OrganisationSummary organisation : organisations) {
			for (FocalPointRole role : FocalPointRole.values()) {
				FocalPoint holder = current.get(organisation.id()).get(role);
				if (holder == null) {
					flags.add(flag(organisation, role, Reason.MISSING));
					continue;
				}
				if (holder.getConfirmedAt() == null) {
					flags.add(flag(organisation, role, Reason.NEVER_CONFIRMED));
				}
				else if (holder.getConfirmedAt().isBefore(oldest)) {
					flags.add(flag(organisation, role, Reason.CONFIRMATION_STALE));
				}
				if (holder.getUserId() != null && gone.contains(holder.getUserId())) {
					flags.add(flag(organisation, role, Reason.HOLDER_LEFT));
				}
			}
		}
		return flags;
	}

	private static FocalPointFlag flag(OrganisationSummary organisation, FocalPointRole role, Reason reason) {
		return new FocalPointFlag(organisation.id(), organisation.name(), role, reason);
	}

}
