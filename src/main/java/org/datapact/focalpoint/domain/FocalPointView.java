package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointRole;
import org.jspecify.annotations.Nullable;

/** A holding of a focal point role, with contact details decrypted for display. */
public record FocalPointView(UUID id, UUID organisationId, FocalPointRole role, @Nullable String name,
		@Nullable String title, @Nullable String mobile, @Nullable String mobileDisplay, @Nullable String email,
		@Nullable String alternativePhone, @Nullable String alternativePhoneDisplay, @Nullable String workingLanguage,
		@Nullable UUID userId, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
		@Nullable Instant confirmedAt, Status status, long version, @Nullable UUID createdBy, Instant createdAt) {

	public enum Status {

		CURRENT, SUCCESSOR, ENDED, ERASED

	}

	static FocalPointView of(FocalPoint point, LocalDate today) {
		ContactDetails details = point.details();
		Status status = point.isErased() ? Status.ERASED
				: point.isCurrentOn(today) ? Status.CURRENT : point.isFutureOn(today) ? Status.SUCCESSOR : Status.ENDED;
		return new FocalPointView(point.getId(), point.getOrganisationId(), point.getRole(), details.name(),
				details.title(), details.mobile(), PhoneNumbers.display(details.mobile()), details.email(),
				details.alternativePhone(), PhoneNumbers.display(details.alternativePhone()), details.workingLanguage(),
				details.userId(), point.getEffectiveFrom(), point.getEffectiveUntil(), point.getConfirmedAt(), status,
				point.getVersion(), point.getCreatedBy(), point.getCreatedAt());
	}

	@Override
	public String toString() {
		return "FocalPointView[" + this.id + ", " + this.role + ", " + this.status + "]";
	}

}
