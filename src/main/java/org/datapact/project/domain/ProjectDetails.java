package org.datapact.project.domain;

import java.time.LocalDate;

/** A project's validated details: title, purpose, country and dates. */
record ProjectDetails(String title, String purpose, String countryCode, LocalDate startDate, LocalDate endDate) {

}
