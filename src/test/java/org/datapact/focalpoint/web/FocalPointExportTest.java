package org.datapact.focalpoint.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveServerTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Table C as CSV and PDF: complete, safe to open in a spreadsheet, and tenant-bound. */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class FocalPointExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FocalPointService focalPoints;

	@Autowired
	OrganisationService organisations;

	CurrentUser admin;

	UUID organisation;

	String organisationName;

	String primaryName;

	String secondaryName;

	MockHttpSession partner;

	MockHttpSession otherPartner;

	@BeforeAll
	void organisationWithFocalPoints() throws Exception {
		this.admin = this.fixtures.admin().current();
		this.organisation = this.fixtures.partner();
		this.organisationName = this.organisations.get(this.admin, this.organisation).name();
		this.primaryName = "Achieng Export " + Fixtures.unique();
		this.secondaryName = "+cmd|' /C calc'!A0";
		this.focalPoints.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput(this.primaryName, "=HYPERLINK(\"http://evil.example\",\"click\")",
						"0712 345678", "achieng@example.org", "020 2345678", "en", null));
		this.focalPoints.appoint(this.admin, this.organisation, FocalPointRole.SECONDARY, new ContactDetailsInput(
				this.secondaryName, "@SUM(1+1)", "+254 733 456789", "second@example.org", null, "fr", null));
		TestUser partnerUser = this.fixtures.user(this.organisation, Role.PARTNER);
		this.partner = Logins.signIn(this.mvc, partnerUser);
		this.otherPartner = Logins.signIn(this.mvc, this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
	}

	@Test
	void csvHasAHeaderAndOneRowPerRoleWithInternationalPhonesAndDefusedFormulas() throws Exception {
		MockHttpServletResponse response = export("csv", this.partner);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("table-c.csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		// the operating organisation (counterpart) first, then this one: two roles each
		assertThat(lines).hasSize(1 + 2 * 2);
		assertThat(lines.get(0)).contains("Organisation").contains("Name").contains("Mobile");
		List<String> own = lines.stream()
			.filter((line) -> line.startsWith("\"" + this.organisationName + "\""))
			.toList();
		assertThat(own).hasSize(2);
		assertThat(own.get(0)).contains("\"Primary focal point\"")
			.contains("\"" + this.primaryName + "\"")
			.contains("\"+254 712 345678\"")
			.contains("\"+254 20 2345678\"")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
			.doesNotContain("\"=HYPERLINK")
			.doesNotContain("0712");
		assertThat(own.get(1)).contains("\"'+cmd|' /C calc'!A0\"")
			.contains("\"'@SUM(1+1)\"")
			.contains("\"+254 733 456789\"");
		assertThat(lines.subList(1, 3)).allSatisfy((line) -> assertThat(line).doesNotContain(this.organisationName));
	}

	@Test
	void pdfNamesTheHoldersAndTheOrganisations() throws Exception {
		MockHttpServletResponse response = export("pdf", this.partner);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(this.primaryName)
				.contains(this.secondaryName)
				.contains(this.organisationName)
				.contains("+254 712 345678");
			String operatorName = this.organisations.get(this.admin, this.fixtures.operator()).name();
			assertThat(text).contains(operatorName);
		}
	}

	@Test
	void anotherPartnersExportIsNotFound() throws Exception {
		for (String format : List.of("csv", "pdf")) {
			MockHttpServletResponse response = export(format, this.otherPartner);
			assertThat(response.getStatus()).as(format).isEqualTo(404);
			assertThat(response.getContentAsString()).as(format)
				.doesNotContain(this.primaryName)
				.doesNotContain(this.organisationName);
		}
	}

	private MockHttpServletResponse export(String format, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(get("/organisations/{id}/focal-points/table-c." + format, this.organisation).session(session))
			.andReturn()
			.getResponse();
	}

}
