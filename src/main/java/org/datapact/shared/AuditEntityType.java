package org.datapact.shared;

import java.util.Arrays;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The kinds of record the audit log names: the closed set that {@link AuditEvent} accepts
 * and the API document lists. The constants are named exactly as the log stores them
 * ({@code FocalPoint}, as the records' classes are), so that the API reads and writes
 * them the same way in bodies and in query parameters.
 */
@Schema(description = "The kind of record an audit entry is about")
public enum AuditEntityType {

	ApiToken, Classification, ClassificationContext, ClassificationOverride, ClassificationRuleSet, FocalPoint,
	HandoverItem, Organisation, Plan, PlanComment, PlanSection, PlanTemplate, Project, Questionnaire,
	QuestionnaireTemplate, SignInLock, User;

	/** The kind of record stored under this name, if it is one. */
	public static Optional<AuditEntityType> of(String name) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst();
	}

}
