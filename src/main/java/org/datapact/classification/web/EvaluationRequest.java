package org.datapact.classification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What to classify: the project's context and its datasets' answers. */
@Schema(description = "Datasets to classify and the project's context; nothing is saved")
record EvaluationRequest(
		@Schema(description = "The project's country and the contexts in force there; "
				+ "omit for a project without either") ContextInput context,
		@ArraySchema(minItems = 1, maxItems = EvaluationRequest.MAX_DATASETS,
				schema = @Schema(implementation = DatasetInput.class)) List<DatasetInput> datasets) {

	static final int MAX_DATASETS = 500;

	static final int MAX_CONTEXTS = 20;

	@Schema(description = "The project's context; rules scoped to countries or contexts apply only where they match")
	record ContextInput(
			@Schema(description = "ISO 3166-1 alpha-2 country code", example = "KE") @Nullable String country,
			@ArraySchema(maxItems = MAX_CONTEXTS,
					schema = @Schema(description = "A named context declared for the country",
							example = "active_conflict", pattern = "[a-z][a-z0-9_]{0,63}")) List<String> contexts) {

	}

	@Schema(description = "One dataset of the project")
	record DatasetInput(
			@Schema(description = "An id unique within the request (1 to 100 characters); "
					+ "dataset-1, dataset-2, … when omitted", example = "safety") @Nullable String id,
			@Schema(description = "The dataset's answers keyed by the dataset inventory's question keys: "
					+ "text as a string; a choice or yes/no/unknown as its option key; several choices as an array "
					+ "of option keys; a number as a number; a date as yyyy-MM-dd. Leave unanswered questions out "
					+ "(or null). Keys: name, description, purpose, fields, direct_identifiers, indirect_identifiers, "
					+ "community_groups, location_granularity, aggregation, counted_unit, smallest_count, "
					+ "vulnerable_groups, protection_data, "
					+ "case_management_data, security_data, topics, linkage_keys, record_count, collection_start, "
					+ "collection_end, refresh_cadence, source, consent_basis, delete_by",
					requiredMode = Schema.RequiredMode.REQUIRED,
					example = "{\"name\": \"Feelings of safety per site\", \"aggregation\": \"aggregated\", "
							+ "\"location_granularity\": \"site\", \"topics\": [\"perceived_safety\"]}") Map<String, Object> attributes) {

	}

}
