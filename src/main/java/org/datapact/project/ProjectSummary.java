package org.datapact.project;

import java.time.LocalDate;
import java.util.UUID;

/** A project as other modules see it. */
public record ProjectSummary(UUID id, UUID organisationId, String organisationName, String title, String purpose,
		String countryCode, LocalDate startDate, LocalDate endDate, ProjectStatus status) {

}
