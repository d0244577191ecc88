package org.datapact.focalpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointRole;

/** A holding of a focal point role, with contact details decrypted for display. */
public record FocalPointView(UUID id, UUID organisationId, FocalPointRole role, String name, String title,
		String mobile, String mobileDisplay, String email, String alternativePhone, String alternativePhoneDisplay,
		String workingLanguage, UUID userId, LocalDate effectiveFrom, LocalDate effectiveUntil, Instant confirmedAt,
		Status status, long version, UUID createdBy, Instant createdAt) {

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
