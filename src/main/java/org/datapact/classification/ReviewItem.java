package org.datapact.classification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project whose classification needs a scoper's attention: its review-by date has
 * passed ({@code overdue}), or a context change marked it for re-assessment.
 */
public record ReviewItem(UUID projectId, String projectTitle, Level level, LocalDate reviewBy, boolean overdue,
		boolean reassessment) {
}
