package org.datapact.focalpoint.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.OrganisationFocalPoints;
import org.datapact.focalpoint.domain.RoleHolders;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

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
		StringBuilder csv = new StringBuilder("\uFEFF");
		row(csv, List.of(text("focalPoint.organisation", locale), text("focalPoint.role", locale),
				text("focalPoint.name", locale), text("focalPoint.title", locale), text("focalPoint.mobile", locale),
				text("focalPoint.email", locale), text("focalPoint.alternativePhone", locale),
				text("focalPoint.since", locale)));
		for (OrganisationFocalPoints organisation : table) {
			for (RoleHolders holders : organisation.roles()) {
				List<String> cells = new ArrayList<>(
						List.of(organisation.organisationName(), text("focalPoint.role." + holders.role(), locale)));
				if (holders.current() != null) {
					cells.addAll(List.of(holders.current().name(), nullToEmpty(holders.current().title()),
							holders.current().mobileDisplay(), holders.current().email(),
							nullToEmpty(holders.current().alternativePhoneDisplay()),
							holders.current().effectiveFrom().toString()));
				}
				row(csv, cells);
			}
		}
		audit(me, id, "csv");
		return file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "table-c.csv");
	}

	@GetMapping("/organisations/{id}/focal-points/table-c.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable UUID id, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("table", table(me, id));
		String html = this.templates.process("focalpoint/table-c-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(me, id, "pdf");
		return file(out.toByteArray(), MediaType.APPLICATION_PDF_VALUE, "table-c.pdf");
	}

	/** The counterpart first, as in Table C, then the organisation itself. */
	private List<OrganisationFocalPoints> table(CurrentUser me, UUID id) {
		List<OrganisationFocalPoints> table = new ArrayList<>(this.focalPoints.counterparts(me, id));
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

	/** RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused. */
	static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = nullToEmpty(cells.get(i));
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("\\+[0-9 ]+")) {
				cell = "'" + cell;
			}
			csv.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
