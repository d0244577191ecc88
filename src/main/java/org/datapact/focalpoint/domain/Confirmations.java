package org.datapact.focalpoint.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Organisations;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.crypto.Secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A focal point confirms their details from a link in an e-mail, with no account: the
 * link carries 256 random bits, only their hash is stored, and it works once, until it
 * expires.
 */
@Service
public class Confirmations {

	private final ConfirmationRepository confirmations;

	private final FocalPointRepository points;

	private final FocalPointService service;

	private final Organisations organisations;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Period validity;

	Confirmations(ConfirmationRepository confirmations, FocalPointRepository points, FocalPointService service,
			Organisations organisations, Notifications notifications, ApplicationEventPublisher events, Clock clock,
			@Value("${datapact.focal-points.confirmation-link-validity:P14D}") Period validity) {
		this.confirmations = confirmations;
		this.points = points;
		this.service = service;
		this.organisations = organisations;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
	}

	/** Mails the holder a confirmation link; false when no mail could be sent. */
	@Transactional
	public boolean request(CurrentUser admin, UUID focalPointId) {
		FocalPoint point = this.points.findById(focalPointId)
			.orElseThrow(() -> new NotFoundException(FocalPointService.ENTITY, focalPointId));
		this.service.visible(admin, point.getOrganisationId());
		if (!admin.isAdmin()) {
			throw new ForbiddenException("request a confirmation");
		}
		if (point.isErased() || point.hasEndedOn(this.service.today())) {
			throw new InvalidRequestException("id", "focalPoint.ended");
		}
		String token = Secrets.random();
		Instant now = this.clock.instant();
		Instant expires = now.atZone(ZoneOffset.UTC).plus(this.validity).toInstant();
		this.confirmations.save(new Confirmation(focalPointId, hash(token), now, expires));
		String organisationName = this.organisations.find(point.getOrganisationId()).map((o) -> o.name()).orElse("");
		boolean sent = this.notifications
			.send(new Mail(point.getEmail(), Locale.forLanguageTag(point.getWorkingLanguage()), "focal-point-confirm",
					Map.of("recipientName", point.details().name(), "organisationName", organisationName, "token",
							token, "expiresAt", expires)));
		this.events.publishEvent(
				AuditEvent
					.success(admin, "FOCAL_POINT_CONFIRMATION_REQUESTED", FocalPointService.ENTITY, focalPointId,
							point.getOrganisationId())
					.withDetails("sent=" + sent));
		return sent;
	}

	/**
	 * The details behind a usable link, for the person to check; empty for unknown, used
	 * or expired links.
	 */
	@Transactional
	public Optional<FocalPointView> open(String token) {
		return usable(token).flatMap((c) -> this.points.findById(c.getFocalPointId())).map((point) -> {
			this.events
				.publishEvent(new AuditEvent("FOCAL_POINT_VIEWED", FocalPointService.ENTITY, point.getId().toString(),
						point.getOrganisationId(), null, "confirmation link", AuditEvent.Outcome.SUCCESS, null));
			return FocalPointView.of(point, this.service.today());
		});
	}

	/**
	 * Confirms the details behind the link and spends it; false when the link is not
	 * usable.
	 */
	@Transactional
	public boolean confirm(String token) {
		Optional<Confirmation> confirmation = usable(token);
		if (confirmation.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		confirmation.get().use(now);
		FocalPoint point = this.points.findById(confirmation.get().getFocalPointId()).orElseThrow();
		point.confirm(now);
		this.events
			.publishEvent(new AuditEvent("FOCAL_POINT_CONFIRMED", FocalPointService.ENTITY, point.getId().toString(),
					point.getOrganisationId(), null, "confirmation link", AuditEvent.Outcome.SUCCESS, null));
		return true;
	}

	private Optional<Confirmation> usable(String token) {
		if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.confirmations.findByTokenHash(hash(token)).filter((c) -> c.isUsable(now));
	}

	private static String hash(String token) {
		return Secrets.sha256Hex(token);
	}

}
