package org.datapact.project.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Input for creating a project (the organisation is used) or changing its details (the
 * organisation stays). The service checks every value again.
 */
public record ProjectCommand(UUID organisationId, String title, String purpose, String countryCode, LocalDate startDate,
		LocalDate endDate) {

}
