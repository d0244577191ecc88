package org.datapact.focalpoint.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.CurrentUser;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact details and handover texts are ciphertext in the database: read with plain SQL,
 * no row gives away a name, a phone number in any spelling, an e-mail address or a
 * handover note.
 */
@IntegrationTest
class FocalPointEncryptionTest {

	@Autowired
	FocalPointService service;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void contactDetailsAndHandoversAreStoredEncrypted() {
		CurrentUser admin = this.fixtures.admin().current();
		UUID organisation = this.fixtures.partner();
		String unique = Fixtures.unique();
		String name = "Wanjiru Kamau " + unique;
		String title = "Head of Data " + unique;
		String email = "wanjiru." + unique + "@example.org";
		String successorName = "Otieno Mwangi " + unique;
		String successorEmail = "otieno." + unique + "@example.org";
		String agreements = "MoU on shelter data " + unique;
		String openIssues = "Pending DPIA " + unique;
		String notes = "Call before Friday " + unique;

		FocalPointView holder = this.service.appoint(admin, organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput(name, title, "0712 345 678", email, "020 2345678", "en", null));
		FocalPointView successor = this.service.designateSuccessor(admin, organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput(successorName, title, "+254 733 456789", successorEmail, null, "fr", null),
				this.service.today().plusDays(14), new HandoverInput(agreements, openIssues, notes));

		List<String> secrets = List.of(name, "Wanjiru", "Kamau", title, email, "wanjiru.", successorName, "Otieno",
				successorEmail, agreements, "MoU on shelter", openIssues, "Pending DPIA", notes, "Call before",
				// the mobile in every spelling
				"+254712345678", "254712345678", "0712345678", "712345678", "712 345 678", "712 345678",
				"+254 712 345678", "0712 345 678",
				// the alternative phone
				"+254202345678", "202345678", "2345678", "020 2345678",
				// the successor's mobile
				"+254733456789", "733456789", "733 456789");

		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from focal_point where organisation_id = ?",
				organisation);
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			String text = rowText(row);
			for (String secret : secrets) {
				assertThat(text).as("focal_point row").doesNotContainIgnoringCase(secret);
			}
			for (String column : List.of("name", "title", "mobile", "email")) {
				assertThat((String) row.get(column)).as(column).startsWith("v1:");
			}
		}
		Map<String, Object> holderRow = rows.stream()
			.filter((row) -> row.get("id").equals(holder.id()))
			.findFirst()
			.orElseThrow();
		assertThat((String) holderRow.get("alternative_phone")).startsWith("v1:");
		// the same value is sealed differently each time
		assertThat(rows.get(0).get("title")).isNotEqualTo(rows.get(1).get("title"));

		List<Map<String, Object>> handovers = this.jdbc
			.queryForList("select * from focal_point_handover where incoming_id = ?", successor.id());
		assertThat(handovers).hasSize(1);
		String handoverText = rowText(handovers.get(0));
		for (String secret : secrets) {
			assertThat(handoverText).as("focal_point_handover row").doesNotContainIgnoringCase(secret);
		}
		for (String column : List.of("agreements", "open_issues", "notes")) {
			assertThat((String) handovers.get(0).get(column)).as(column).startsWith("v1:");
		}

		FocalPointView read = this.service.get(admin, holder.id());
		assertThat(read.name()).isEqualTo(name);
		assertThat(read.title()).isEqualTo(title);
		assertThat(read.email()).isEqualTo(email);
		assertThat(read.mobile()).isEqualTo("+254712345678");
		assertThat(read.alternativePhone()).isEqualTo("+254202345678");
		RoleHolders holders = this.service.overview(admin, organisation).roles().get(0);
		assertThat(holders.successor().name()).isEqualTo(successorName);
		assertThat(holders.successor().mobile()).isEqualTo("+254733456789");
		assertThat(holders.handover().agreements()).isEqualTo(agreements);
		assertThat(holders.handover().openIssues()).isEqualTo(openIssues);
		assertThat(holders.handover().notes()).isEqualTo(notes);
	}

	private static String rowText(Map<String, Object> row) {
		return row.values().stream().map((v) -> Objects.toString(v, "")).collect(Collectors.joining("|"));
	}

}
