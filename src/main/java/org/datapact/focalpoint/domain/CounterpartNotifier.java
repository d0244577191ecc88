package org.datapact.focalpoint.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Informs the counterpart organisations' focal points in writing of a new focal point and
 * their contact details, each in their working language, once the designation has
 * committed.
 */
@Component
class CounterpartNotifier {

	private final FocalPointRepository points;

	private final HandoverRepository handovers;

	private final FocalPointService service;

	private final Organisations organisations;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CounterpartNotifier(FocalPointRepository points, HandoverRepository handovers, FocalPointService service,
			Organisations organisations, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.points = points;
		this.handovers = handovers;
		this.service = service;
		this.organisations = organisations;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(SuccessorDesignated designated) {
		FocalPoint successor = this.points.findById(designated.successorId()).orElse(null);
		OrganisationSummary organisation = this.organisations.find(designated.organisationId()).orElse(null);
		if (successor == null || organisation == null) {
			return;
		}
		FocalPointView view = FocalPointView.of(successor, this.service.today());
		int sent = 0;
		for (OrganisationSummary counterpart : this.service.counterpartsOf(organisation)) {
			for (FocalPointRole role : FocalPointRole.values()) {
				var holder = this.service.currentHolder(counterpart.id(), role);
				if (holder.isPresent() && this.notifications
					.send(new Mail(holder.get().email(), Locale.forLanguageTag(holder.get().workingLanguage()),
							"focal-point-change", variables(organisation, view, holder.get().name())))) {
					sent++;
				}
			}
		}
		if (sent > 0) {
			this.handovers.findByIncomingId(successor.getId()).ifPresent((handover) -> {
				handover.complete("counterpartsInformed", null, this.clock.instant());
				this.handovers.save(handover);
			});
		}
		this.events.publishEvent(new AuditEvent("FOCAL_POINT_COUNTERPARTS_INFORMED", FocalPointService.ENTITY,
				successor.getId().toString(), organisation.id(), null, "system", AuditEvent.Outcome.SUCCESS,
				"mails=" + sent));
	}

	private static Map<String, Object> variables(OrganisationSummary organisation, FocalPointView successor,
			String recipientName) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("recipientName", recipientName);
		variables.put("organisationName", organisation.name());
		variables.put("successor", successor);
		return variables;
	}

}
