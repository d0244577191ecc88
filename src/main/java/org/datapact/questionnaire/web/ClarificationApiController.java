package org.datapact.questionnaire.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.questionnaire.domain.ClarificationView;
import org.datapact.questionnaire.domain.Clarifications;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clarifications through the API, as on the questionnaire page: a scoper asks about one
 * answer of a submitted questionnaire, partner staff and scopers reply, a scoper resolves
 * it. The checks are the service's ({@link Clarifications}); the threads are read as the
 * questionnaire page shows them.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/questionnaire/clarifications")
@Tag(name = "Questionnaire")
class ClarificationApiController {

	private static final String PROJECT_ID = "The project's id";

	private static final String CLARIFICATION_ID = "The clarification's id";

	private final Clarifications clarifications;

	private final QuestionnaireService questionnaires;

	ClarificationApiController(Clarifications clarifications, QuestionnaireService questionnaires) {
		this.clarifications = clarifications;
		this.questionnaires = questionnaires;
	}

	@GetMapping
	@Operation(operationId = "listClarifications", summary = "List the questionnaire's clarifications",
			description = "Everyone who may see the project: a page of the threads, oldest first, each with the "
					+ "question it is about, whether it is open, and its messages.")
	PageResponse<ClarificationView> list(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId, @Paged PageQuery query) {
		List<ClarificationView> all = this.questionnaires.open(projectId, me).clarifications();
		int from = (int) Math.min((long) query.page() * query.size(), all.size());
		int to = Math.min(from + query.size(), all.size());
		return PageResponse.of(new ListPage<>(all.subList(from, to), query.page(), query.size(), all.size()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "askClarification", summary = "Ask about one answer",
			description = "Scopers of the project, once the questionnaire is submitted (409 before). Partner staff "
					+ "are told; the thread stays open until a scoper resolves it.")
	ClarificationCreated ask(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@RequestBody ClarificationRequest body) {
		return new ClarificationCreated(
				this.clarifications.ask(projectId, me, body.question(), body.entry(), body.text()));
	}

	@PostMapping("/{clarificationId}/replies")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "replyToClarification", summary = "Reply to an open clarification",
			description = "Partner staff and scopers of the project; 409 once it is resolved.")
	void reply(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = CLARIFICATION_ID) @PathVariable UUID clarificationId,
			@RequestBody ReplyRequest body) {
		this.clarifications.reply(projectId, me, clarificationId, body.text());
	}

	@PostMapping("/{clarificationId}/resolution")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "resolveClarification", summary = "Mark a clarification resolved",
			description = "Scopers of the project; 409 when it is resolved already.")
	void resolve(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = CLARIFICATION_ID) @PathVariable UUID clarificationId) {
		this.clarifications.resolve(projectId, me, clarificationId);
	}

	/** A question about one answer. */
	record ClarificationRequest(
			@Schema(description = "The question's key, as in the template", example = "org_name",
					requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String question,
			@Schema(description = "The group entry, for a question asked once per dataset") @Nullable UUID entry,
			@Schema(description = "What the scoper asks", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
					maxLength = 5000, pattern = "[\\s\\S]*\\S[\\s\\S]*") String text) {
	}

	/** A message added to a clarification. */
	record ReplyRequest(@Schema(description = "The reply", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
			maxLength = 5000, pattern = "[\\s\\S]*\\S[\\s\\S]*") String text) {
	}

	record ClarificationCreated(@Schema(description = "The new clarification's id") UUID id) {
	}

}
