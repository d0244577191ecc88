package org.datapact.classification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project whose classification needs a scoper's attention: its review-by date has
 * passed ({@code overdue}), a context change marked it for re-assessment, or datasets
 * that no rule determined wait for a scoper to confirm their level ({@code unconfirmed}
 * of them).
 */
public record ReviewItem(UUID projectId, String projectTitle, Level level, LocalDate reviewBy, boolean overdue,
		boolean reassessment, int unconfirmed) {
}
