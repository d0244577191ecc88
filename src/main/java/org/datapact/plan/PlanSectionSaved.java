package org.datapact.plan;

import java.util.UUID;

/**
 * Someone saved a plan section: its new version, for whoever follows the plan (live
 * notices, the review that issue 12 adds).
 */
public record PlanSectionSaved(UUID planId, UUID projectId, String sectionKey, int version, UUID authorId) {
}
