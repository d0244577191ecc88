package org.datapact.classification.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.classification.Level;
import org.datapact.classification.OverrideView;
import org.datapact.classification.domain.OverrideService;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.datapact.shared.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dataset's level changed by a person through the API, as on the classification page: a
 * scoper or an admin raises it (applied at once) or asks to lower it below the computed
 * level, which a second person approves or rejects. The checks, the four-eyes rule and
 * the audit are the service's ({@link OverrideService}).
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/classification/overrides")
@Tag(name = "Classification")
class OverrideApiController {

	private static final String PROJECT_ID = "The project's id";

	private static final String OVERRIDE_ID = "The override's id";

	private final OverrideService overrides;

	OverrideApiController(OverrideService overrides) {
		this.overrides = overrides;
	}

	@GetMapping
	@Operation(operationId = "listClassificationOverrides", summary = "List the project's level overrides",
			description = "Everyone who may see the project: a page of the changes of datasets' levels, newest "
					+ "first, with the pending lowerings that wait for a second person.")
	PageResponse<OverrideView> list(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Paged PageQuery query) {
		List<OverrideView> all = this.overrides.overrides(me, id);
		int from = (int) Math.min((long) query.page() * query.size(), all.size());
		int to = Math.min(from + query.size(), all.size());
		return PageResponse.of(new ListPage<>(all.subList(from, to), query.page(), query.size(), all.size()));
	}

	@PostMapping
	@Operation(operationId = "overrideDatasetLevel", summary = "Change a dataset's level",
			description = "Scopers and admins, with a justification, on the current classification. At or above "
					+ "the computed level it applies at once and the project is classified again; below it, it "
					+ "waits for a different scoper or admin to approve it (`PENDING`).")
	OverrideResult change(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@RequestBody OverrideRequest body) {
		return new OverrideResult(this.overrides.change(me, id, body.datasetId(), body.level(), body.justification()));
	}

	@PostMapping("/{overrideId}/approval")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "approveLevelOverride", summary = "Approve a pending lowering",
			description = "A scoper or admin other than the one who asked for it (400 for the same person, and "
					+ "the refusal is audited); it applies and the project is classified again. 400 when it is "
					+ "no longer pending or the computed level has changed since.")
	void approve(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Parameter(description = OVERRIDE_ID) @PathVariable UUID overrideId) {
		this.overrides.approve(me, id, overrideId);
	}

	@PostMapping("/{overrideId}/rejection")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "rejectLevelOverride", summary = "Reject (or withdraw) a pending lowering",
			description = "Scopers and admins, the one who asked for it included; 400 when it is no longer pending.")
	void reject(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Parameter(description = OVERRIDE_ID) @PathVariable UUID overrideId) {
		this.overrides.reject(me, id, overrideId);
	}

	/** A dataset's new level and why. */
	record OverrideRequest(
			@Schema(description = "The dataset's id in the current classification", example = "dataset-1",
					requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String datasetId,
			@Schema(description = "The level it should have", requiredMode = Schema.RequiredMode.REQUIRED) Level level,
			@Schema(description = "Why", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
					maxLength = OverrideService.JUSTIFICATION_MAX,
					pattern = "[\\s\\S]*\\S[\\s\\S]*") String justification) {
	}

	/** Whether the change applied at once or waits for a second person. */
	record OverrideResult(OverrideService.Outcome outcome) {
	}

}
