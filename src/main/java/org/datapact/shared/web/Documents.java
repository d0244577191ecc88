package org.datapact.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloadable documents: CSV rows, PDF from XHTML, and the attachment response. */
public final class Documents {

	public static final String CSV = "text/csv;charset=UTF-8";

	/** Makes spreadsheets open the file as UTF-8. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private Documents() {
	}

	/** RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused. */
	public static void csvRow(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = (cells.get(i) != null) ? cells.get(i) : "";
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("\\+[0-9 ]+")) {
				cell = "'" + cell;
			}
			csv.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

	public static byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
