package org.datapact.classification.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.classification.ContextDeclaration;
import org.datapact.classification.domain.ContextService;
import org.datapact.classification.domain.ContextService.ContextCommand;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.api.ProblemResponse;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Context declarations through the API, as on the admins' contexts page: a change of
 * context for a country (an active conflict, say) marks its open projects for
 * re-assessment and classifies them again. The checks are the service's
 * ({@link ContextService}).
 */
@RestController
@RequestMapping("/api/v1/classification/contexts")
@Tag(name = "Classification")
class ContextApiController {

	private final ContextService contexts;

	ContextApiController(ContextService contexts) {
		this.contexts = contexts;
	}

	@GetMapping
	@Operation(operationId = "listContextDeclarations", summary = "List the declared changes of context",
			description = "Admins only: a page of them, newest first, each with how many projects it marked.")
	@ProblemResponse(status = 403, description = "Only admins declare contexts")
	PageResponse<ContextDeclaration> list(CurrentUser me, @Paged PageQuery query) {
		return PageResponse.of(this.contexts.declarations(me, query));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "declareContext", summary = "Declare a change of context for a country",
			description = "Admins only. From its first day the context is in force for the country's projects: "
					+ "the open ones are marked for re-assessment and classified again, and their scopers are "
					+ "told.")
	@ProblemResponse(status = 403, description = "Only admins declare contexts")
	ContextDeclaration declare(CurrentUser me, @RequestBody ContextRequest body) {
		return this.contexts.declare(me, new ContextCommand(body.country(), body.contextKey(), body.description(),
				body.effectiveFrom(), body.effectiveTo()));
	}

	/** A change of context to declare. */
	record ContextRequest(
			@Schema(description = "ISO 3166-1 alpha-2 country code", example = "KE",
					requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[A-Z]{2}$") String country,
			@Schema(description = "The context's key, as the rules name it", example = "active_conflict",
					requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z][a-z0-9_]{1,62}$") String contextKey,
			@Schema(description = "What changed", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
					maxLength = ContextService.DESCRIPTION_MAX, pattern = "[\\s\\S]*\\S[\\s\\S]*") String description,
			@Schema(description = "The first day it is in force",
					requiredMode = Schema.RequiredMode.REQUIRED) LocalDate effectiveFrom,
			@Schema(description = "The last day it is in force; none while it lasts") @Nullable LocalDate effectiveTo) {
	}

}
