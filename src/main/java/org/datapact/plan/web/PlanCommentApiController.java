package org.datapact.plan.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.plan.domain.CommentView;
import org.datapact.plan.domain.PlanComments;
import org.datapact.shared.CurrentUser;
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

@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
@Tag(name = "Plan")
class PlanCommentApiController {

	private static final String PROJECT_ID = "The project's id";

	private static final String THREAD_ID = "The comment thread's id";

	private final PlanComments comments;

	PlanCommentApiController(PlanComments comments) {
		this.comments = comments;
	}

	@GetMapping("/comments")
	@Operation(operationId = "listPlanComments", summary = "List the comment threads of a project's plan",
			description = "A page of them, by section in plan order and oldest first, each with its messages. "
					+ "Everyone who may see the project reads them.")
	PageResponse<CommentResponse> list(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId, @Paged PageQuery query) {
		List<CommentResponse> all = this.comments.threads(projectId, me)
			.values()
			.stream()
			.flatMap(List::stream)
			.map(CommentResponse::of)
			.toList();
		return PageResponse.of(query.slice(all));
	}

	@PostMapping("/sections/{sectionKey}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "commentOnPlanSection", summary = "Start a comment thread on a section",
			description = "Members of the project, scopers and the partner's staff on it. `@username` mentions of "
					+ "project members are told by e-mail once the comment is saved.")
	CreatedThread comment(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = "The section's key, as in the plan template") @PathVariable String sectionKey,
			@RequestBody CommentRequest body) {
		return new CreatedThread(this.comments.comment(projectId, sectionKey, body.body(), me));
	}

	@PostMapping("/comments/{threadId}/replies")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "replyToPlanComment", summary = "Reply in an open comment thread",
			description = "As for a comment; 409 when the thread is resolved.")
	void reply(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = THREAD_ID) @PathVariable UUID threadId, @RequestBody CommentRequest body) {
		this.comments.reply(projectId, threadId, body.body(), me);
	}

	@PostMapping("/comments/{threadId}/resolution")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "resolvePlanComment", summary = "Resolve a comment thread",
			description = "Anyone who may comment; 409 when it is resolved already.")
	void resolve(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = THREAD_ID) @PathVariable UUID threadId) {
		this.comments.resolve(projectId, threadId, me);
	}

	@PostMapping("/comments/{threadId}/reopening")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "reopenPlanComment", summary = "Reopen a resolved comment thread",
			description = "Anyone who may comment; 409 when it is open.")
	void reopen(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = THREAD_ID) @PathVariable UUID threadId) {
		this.comments.reopen(projectId, threadId, me);
	}

	@Schema(name = "PlanCommentRequest", description = "A comment's text")
	record CommentRequest(@Schema(description = "The text; `@username` mentions a project member",
			example = "@partner.hope can you confirm the storage country?", maxLength = 5000) @Nullable String body) {
	}

	@Schema(name = "PlanCommentThreadCreated", description = "The new thread")
	record CreatedThread(@Schema(description = "The thread's id") UUID id) {
	}

	@Schema(name = "PlanCommentThread", description = "A comment thread on a plan section")
	record CommentResponse(UUID id, @Schema(description = "The section's key") String sectionKey, boolean open,
			@Schema(description = "Who resolved it; null while open") @Nullable String resolvedBy,
			List<Message> messages) {

		static CommentResponse of(CommentView view) {
			return new CommentResponse(view.id(), view.sectionKey(), view.open(), view.resolvedByName(),
					view.messages().stream().map((m) -> new Message(m.authorName(), m.at(), m.body())).toList());
		}

	}

	@Schema(name = "PlanCommentMessage", description = "One message of a thread")
	record Message(String author, Instant at, String body) {
	}

}
