package org.datapact.shared.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The one problem+json schema of the document (RFC 9457 with DataPact's members); every
 * error of every operation refers to it. Only documents what
 * {@link org.datapact.shared.web.Problems} builds. Like Spring's {@code ProblemDetail},
 * it leaves out what it does not have: only the title and the status are always there.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details")
record ProblemDocument(
		@Schema(description = "A URI reference that identifies the kind of problem",
				example = "about:blank") String type,
		@Schema(description = "A short summary of the problem, in the request's language", example = "Conflict",
				requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(description = "The HTTP status", example = "409", minimum = "400", maximum = "599") int status,
		@Schema(description = "What happened and what to do, in the request's language",
				example = "Someone else changed this record at the same time. Reload it and try again.") @Nullable String detail,
		@Schema(description = "The path of the request that failed",
				example = "/api/v1/projects/0f8e6c1e-2d5c-4d1e-9a3e-1c9f3d1f2a11") @Nullable String instance,
		@Schema(description = "Each field at fault, with what is wrong (400, 422)") @Nullable List<FieldError> errors,
		@Schema(description = "The required answers still missing (422 on submission)") @Nullable List<MissingAnswer> missing,
		@Schema(description = "What the record holds now (409 on a stale version)") @Nullable CurrentValue current) {

	@Schema(name = "FieldError", description = "A field at fault")
	record FieldError(
			@Schema(description = "The field, as a path into the request", example = "datasets[0].name") String path,
			@Schema(description = "What is wrong, in the request's language",
					example = "Fill in this field.") String message) {
	}

	@Schema(name = "MissingAnswer", description = "A required question without an answer")
	record MissingAnswer(@Schema(description = "The section's key", example = "organisation") String section,
			@Schema(description = "The question's key", example = "organisation_name") String question,
			@Schema(description = "The group entry it is asked for, if per entry") @Nullable UUID entry) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "CurrentValue", description = "The value someone else saved meanwhile, with its version")
	record CurrentValue(
			@Schema(ref = "#/components/schemas/" + ApiDocumentation.ANSWER_VALUE,
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Object value,
			@Schema(description = "Send this version to overwrite it", minimum = "0") int version,
			@Schema(description = "Who saved it (plan sections)",
					example = "Amina Otieno (partner.hope)") @Nullable String savedBy,
			@Schema(description = "When it was saved (plan sections)") @Nullable Instant savedAt,
			@Schema(description = "The text the stale save was based on, for a three-way merge (plan sections)") @Nullable String base) {
	}

}
