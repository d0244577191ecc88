package org.datapact.focalpoint.domain;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A focal point confirms their details from a link in an e-mail, with no account: the
 * link carries 256 random bits, only their hash is stored, and it works once, until it
 * expires or a newer link replaces it, and only while the person still holds the role.
 * Spending it is one conditional statement, so of two concurrent confirmations one
 * succeeds.
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

	private final JdbcClient jdbc;

	Confirmations(ConfirmationRepository confirmations, FocalPointRepository points, FocalPointService service,
			Organisations organisations, Notifications notifications, ApplicationEventPublisher events, Clock clock,
			@Value("${datapact.focal-points.confirmation-link-validity:P14D}") Period validity, JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		int replaced = this.jdbc.sql("""
				update focal_point_confirmation set revoked_at = ?
				where focal_point_id = ? and used_at is null and revoked_at is null""")
			.params(Timestamp.from(now), focalPointId)
			.update();
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
					.withDetails("sent=" + sent + " replaced=" + replaced));
		return sent;
	}

	/**
	 * The details behind a usable link, for the person to check; empty for unknown, used,
	 * replaced or expired links, and for a holding that ended or was erased.
	 */
	@Transactional
	public Optional<FocalPointView> open(String token) {
		return usable(token).flatMap((c) -> this.points.findById(c.getFocalPointId()))
			.filter(this::stillHeld)
			.map((point) -> {
				this.events.publishEvent(new AuditEvent("FOCAL_POINT_VIEWED", FocalPointService.ENTITY,
						point.getId().toString(), point.getOrganisationId(), null, "confirmation link",
						AuditEvent.Outcome.SUCCESS, null));
				return FocalPointView.of(point, this.service.today());
			});
	}

	/**
	 * Confirms the details behind the link and spends it; false when the link is not
	 * usable (also when a concurrent confirmation spent it first) or the holding ended.
	 */
	@Transactional
	public boolean confirm(String token) {
		if (!wellFormed(token)) {
			return false;
		}
		Instant now = this.clock.instant();
		Optional<FocalPoint> spent = this.jdbc.sql("""
				update focal_point_confirmation set used_at = :now
				where token_hash = :hash and used_at is null and revoked_at is null and expires_at > :now
				returning focal_point_id""")
			.param("now", Timestamp.from(now))
			.param("hash", hash(token))
			.query(UUID.class)
			.optional()
			.flatMap(this.points::findById);
		if (spent.isEmpty()) {
			return false;
		}
		FocalPoint point = spent.get();
		if (!stillHeld(point)) {
			// the link is spent all the same: it must not work later either
			return false;
		}
		point.confirm(now);
		this.events
			.publishEvent(new AuditEvent("FOCAL_POINT_CONFIRMED", FocalPointService.ENTITY, point.getId().toString(),
					point.getOrganisationId(), null, "confirmation link", AuditEvent.Outcome.SUCCESS, null));
		return true;
	}

	private Optional<Confirmation> usable(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.confirmations.findByTokenHash(hash(token)).filter((c) -> c.isUsable(now));
	}

	/** Still the holder: neither erased nor past the end of the holding. */
	private boolean stillHeld(FocalPoint point) {
		return !point.isErased() && !point.hasEndedOn(this.service.today());
	}

	private static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
	}

	private static String hash(String token) {
		return Secrets.sha256Hex(token);
	}

}
