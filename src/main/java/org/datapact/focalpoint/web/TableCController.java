package org.datapact.focalpoint.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.OrganisationFocalPoints;
import org.datapact.focalpoint.domain.RoleHolders;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.web.Documents;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The focal point table in the shape of IOM's Table C: the counterpart organisation
 * beside this one, primary and secondary, as CSV or PDF.
 */
@Controller
class TableCController {

	private final FocalPointService focalPoints;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	TableCController(FocalPointService focalPoints, SpringTemplateEngine templates, MessageSource messages,
			ApplicationEventPublisher events) {
		this.focalPoints = focalPoints;
		this.templates = templates;
		this.messages = messages;
		this.events = events;
	}

	@GetMapping("/organisations/{id}/focal-points/table-c.csv")
	ResponseEntity<byte[]> csv(CurrentUser me, @PathVariable UUID id, Locale locale) {
		List<OrganisationFocalPoints> table = table(me, id);
		StringBuilder csv = new StringBuilder(Documents.BYTE_ORDER_MARK);
		Documents.csvRow(csv,
				List.of(text("focalPoint.organisation", locale), text("focalPoint.role", locale),
						text("focalPoint.name", locale), text("focalPoint.title", locale),
						text("focalPoint.mobile", locale), text("focalPoint.email", locale),
						text("focalPoint.alternativePhone", locale), text("focalPoint.since", locale)));
		for (OrganisationFocalPoints organisation : table) {
			for (RoleHolders holders : organisation.roles()) {
				List<String> cells = new ArrayList<>(
						List.of(organisation.organisationName(), text("focalPoint.role." + holders.role(), locale)));
				if (holders.current() != null) {
					cells.addAll(Arrays.asList(holders.current().name(), holders.current().title(),
							holders.current().mobileDisplay(), holders.current().email(),
							holders.current().alternativePhoneDisplay(), holders.current().effectiveFrom().toString()));
				}
				Documents.csvRow(csv, cells);
			}
		}
		audit(me, id, "csv");
		return Documents.attachment(csv.toString().getBytes(StandardCharsets.UTF_8), Documents.CSV, "table-c.csv");
	}

	@GetMapping("/organisations/{id}/focal-points/table-c.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable UUID id, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("table", table(me, id));
		String html = this.templates.process("focalpoint/table-c-pdf", context);
		byte[] pdf = Documents.pdf(html);
		audit(me, id, "pdf");
		return Documents.attachment(pdf, MediaType.APPLICATION_PDF_VALUE, "table-c.pdf");
	}

	/** The counterpart first, as in Table C, then the organisation itself. */
	private List<OrganisationFocalPoints> table(CurrentUser me, UUID id) {
		List<OrganisationFocalPoints> table = new ArrayList<>(this.focalPoints.allCounterparts(me, id));
		table.add(this.focalPoints.overview(me, id));
		return table;
	}

	private void audit(CurrentUser me, UUID id, String format) {
		this.events.publishEvent(AuditEvent.success(me, "FOCAL_POINTS_EXPORTED", "Organisation", id, id)
			.withDetails("format=" + format));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
