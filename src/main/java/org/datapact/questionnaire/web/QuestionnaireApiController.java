package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.questionnaire.QuestionnaireStatus;
import org.datapact.questionnaire.domain.AnswerCodec;
import org.datapact.questionnaire.domain.AnswerInput;
import org.datapact.questionnaire.domain.AnswerSet;
import org.datapact.questionnaire.domain.Evaluation;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireRevisions;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.QuestionnaireStateException;
import org.datapact.questionnaire.domain.QuestionnaireView;
import org.datapact.questionnaire.domain.RevisionDetail;
import org.datapact.questionnaire.domain.RevisionSummary;
import org.datapact.questionnaire.domain.SaveOutcome;
import org.datapact.questionnaire.domain.SubmitOutcome;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateLibrary;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.api.ProblemResponse;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.datapact.shared.web.ProblemException;
import org.datapact.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Questionnaire", description = "The Data Security Questionnaire of a project: template, answers, "
		+ "submission and revisions. Answers hidden by a condition are never returned.")
class QuestionnaireApiController {

	private static final String PROJECT_ID = "The project's id";

	private final QuestionnaireService questionnaires;

	private final QuestionnaireReview review;

	private final QuestionnaireRevisions revisions;

	private final TemplateLibrary templates;

	private final MessageSource messages;

	QuestionnaireApiController(QuestionnaireService questionnaires, QuestionnaireReview review,
			QuestionnaireRevisions revisions, TemplateLibrary templates, MessageSource messages) {
		this.questionnaires = questionnaires;
		this.review = review;
		this.revisions = revisions;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/questionnaire-templates/{templateId}")
	@Operation(operationId = "getQuestionnaireTemplate", summary = "Read a questionnaire template version",
			description = "Its sections and questions with their stable keys, types, options and display "
					+ "conditions. Published versions are for everyone signed in; drafts for admins only (404 "
					+ "for anyone else).")
	TemplateDefinition template(CurrentUser me,
			@Parameter(description = "The template version's id") @PathVariable UUID templateId) {
		return this.templates.definitionReadBy(templateId, me);
	}

	@GetMapping("/projects/{projectId}/questionnaire")
	@Operation(operationId = "getQuestionnaire", summary = "Read a project's questionnaire",
			description = "Its state, progress, the answers that are shown with their versions, and the required "
					+ "answers still missing. Answers hidden by a condition are never returned.")
	QuestionnaireResponse questionnaire(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId) {
		return QuestionnaireResponse.of(this.questionnaires.open(projectId, me));
	}

	@PutMapping("/projects/{projectId}/questionnaire/answers/{questionKey}")
	@Operation(operationId = "saveQuestionnaireAnswer", summary = "Save one answer",
			description = "Partner staff of the project. Send the version you last read (0 for a first answer): "
					+ "409 with the `current` value and version when someone changed it meanwhile. A null value "
					+ "clears the answer.")
	@ProblemResponse(status = 422, description = "The value does not fit the question; `errors` says why")
	ResponseEntity<SavedResponse> save(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = "The question's key, as in the template") @PathVariable String questionKey,
			@RequestBody AnswerRequest body, Locale locale) {
		SaveOutcome outcome = this.questionnaires.save(projectId, me,
				new AnswerInput(body.entry(), questionKey, body.values(), body.version()));
		if (outcome instanceof SaveOutcome.Saved saved) {
			return ResponseEntity.ok(new SavedResponse(saved.version(), saved.evaluation().overall().percent()));
		}
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, this.messages, locale);
			problem.setProperty("current",
					new CurrentAnswer(AnswerCodec.toJson(conflict.currentValue()), conflict.currentVersion()));
			throw new ProblemException(problem);
		}
		SaveOutcome.Rejected rejected = (SaveOutcome.Rejected) outcome;
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.messages.getMessage("error.4xx.title", null, locale));
		problem.setDetail(this.messages.getMessage(rejected.messageKey(), rejected.arguments().toArray(), locale));
		Problems.withErrors(problem, Map.of("value", problem.getDetail()));
		throw new ProblemException(problem);
	}

	@PostMapping("/projects/{projectId}/questionnaire/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addQuestionnaireEntry", summary = "Add an entry to a repeating group",
			description = "Partner staff of the project; for instance a dataset to the inventory.")
	EntryResponse addEntry(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@RequestBody EntryRequest body) {
		return new EntryResponse(this.questionnaires.addEntry(projectId, me, body.group()));
	}

	@DeleteMapping("/projects/{projectId}/questionnaire/entries/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeQuestionnaireEntry", summary = "Remove an entry and its answers",
			description = "Partner staff of the project.")
	void removeEntry(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = "The entry's id") @PathVariable UUID entryId) {
		this.questionnaires.removeEntry(projectId, me, entryId);
	}

	@PostMapping("/projects/{projectId}/questionnaire/submission")
	@Operation(operationId = "submitQuestionnaire", summary = "Submit the questionnaire for review",
			description = "Partner staff of the project. The answers are frozen as a new revision.")
	@ProblemResponse(status = 422, description = "Required answers are missing; `missing` lists them")
	SubmittedResponse submit(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			Locale locale) {
		SubmitOutcome outcome = this.questionnaires.submit(projectId, me);
		if (outcome instanceof SubmitOutcome.Submitted submitted) {
			return new SubmittedResponse(submitted.revision());
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.messages.getMessage("error.4xx.title", null, locale));
		List<Evaluation.Missing> missing = ((SubmitOutcome.Incomplete) outcome).missing();
		problem.setDetail(
				this.messages.getMessage("questionnaire.missing.title", new Object[] { missing.size() }, locale));
		problem.setProperty("missing", missing.stream().map(MissingResponse::of).toList());
		throw new ProblemException(problem);
	}

	@PostMapping("/projects/{projectId}/questionnaire/acceptance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "acceptQuestionnaire", summary = "Accept the submitted revision",
			description = "Scopers of the project. The classification runs on the accepted answers.")
	void accept(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId) {
		this.review.accept(projectId, me);
	}

	@PostMapping("/projects/{projectId}/questionnaire/return")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "returnQuestionnaire", summary = "Return the submitted revision for changes",
			description = "Scopers of the project, saying what should change; the partner can edit again.")
	void returnForChanges(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@RequestBody NoteRequest body) {
		this.review.returnForChanges(projectId, me, body.note());
	}

	@GetMapping("/projects/{projectId}/questionnaire/revisions")
	@Operation(operationId = "listQuestionnaireRevisions", summary = "List the submitted revisions",
			description = "A page of them, newest first, each with its review.")
	PageResponse<RevisionSummary> revisions(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId, @Paged PageQuery query) {
		return PageResponse.of(this.revisions.revisions(projectId, me, query));
	}

	@GetMapping("/projects/{projectId}/questionnaire/revisions/{number}")
	@Operation(operationId = "getQuestionnaireRevision", summary = "Read one submitted revision's answers",
			description = "Exactly as they were frozen at submission.")
	RevisionAnswers revision(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = "The revision's number, from 1",
					schema = @Schema(type = "integer", format = "int32", minimum = "1")) @PathVariable int number) {
		RevisionDetail detail = this.revisions.revision(projectId, me, number);
		return RevisionAnswers.of(detail.answers());
	}

	/**
	 * A step the questionnaire's state does not allow (a change after submission, a
	 * review of nothing submitted): a conflict with the reason, like the pages. The
	 * shared handler would answer a 500, as the state has no field to name.
	 */
	@ExceptionHandler(QuestionnaireStateException.class)
	ResponseEntity<ProblemDetail> stateConflict(QuestionnaireStateException ex, Locale locale) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, this.messages, locale);
		problem.setDetail(this.messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * One answer to save: its entry for questions asked per dataset, the value and the
	 * version read.
	 */
	record AnswerRequest(
			@Schema(description = "The group entry, for questions asked once per dataset") @Nullable UUID entry,
			@Schema(description = "A string, a number, a list of option keys, or null to clear") @Nullable JsonNode value,
			@Schema(description = "The version last read; 0 for a first answer", minimum = "0") int version) {

		List<String> values() {
			if (this.value == null || this.value.isNull()) {
				return List.of();
			}
			if (this.value.isArray()) {
				List<String> values = new ArrayList<>();
				for (JsonNode item : this.value) {
					if (!item.isString() && !item.isNumber()) {
						throw new InvalidRequestException("value", "questionnaire.answer.invalidChoice");
					}
					values.add(item.asString());
				}
				return values;
			}
			if (this.value.isString() || this.value.isNumber()) {
				return List.of(this.value.asString());
			}
			throw new InvalidRequestException("value", "questionnaire.answer.invalidChoice");
		}

	}

	record SavedResponse(@Schema(description = "The answer's new version") int version,
			@Schema(description = "How much of the questionnaire is answered, in percent", minimum = "0",
					maximum = "100") int progress) {
	}

	record SubmittedResponse(@Schema(description = "The number of the revision just submitted") int revision) {
	}

	/** The answer someone else saved meanwhile: what a 409 carries in {@code current}. */
	record CurrentAnswer(@Nullable JsonNode value, int version) {
	}

	record EntryRequest(@Schema(description = "The repeating group's question key", example = "datasets",
			requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String group) {
	}

	record EntryResponse(@Schema(description = "The new entry's id") UUID id) {
	}

	record NoteRequest(@Schema(description = "What should change", requiredMode = Schema.RequiredMode.REQUIRED,
			minLength = 1, pattern = "[\\s\\S]*\\S[\\s\\S]*") String note) {
	}

	/**
	 * A revision's answers, as frozen: the answers, and each group's entries with theirs.
	 */
	record RevisionAnswers(Map<String, JsonNode> answers, Map<String, List<RevisionEntry>> groups) {

		static RevisionAnswers of(AnswerSet answers) {
			Map<String, List<RevisionEntry>> groups = new LinkedHashMap<>();
			answers.groups()
				.forEach((group, entries) -> groups.put(group,
						entries.stream()
							.map((entry) -> new RevisionEntry(entry.id(), values(entry.answers())))
							.toList()));
			return new RevisionAnswers(values(answers.answers()), groups);
		}

		private static Map<String, JsonNode> values(Map<String, Object> answers) {
			Map<String, JsonNode> values = new LinkedHashMap<>();
			answers.forEach((key, value) -> values.put(key, AnswerCodec.toJson(value)));
			return values;
		}

	}

	/** One entry of a repeating group in a frozen revision. */
	record RevisionEntry(UUID id, Map<String, JsonNode> answers) {
	}

	record MissingResponse(String section, String question, @Nullable UUID entry) {

		static MissingResponse of(Evaluation.Missing missing) {
			return new MissingResponse(missing.sectionKey(), missing.questionKey(), missing.entryId());
		}

	}

	record AnswerResponse(JsonNode value, int version) {
	}

	record EntryAnswers(UUID id, Map<String, AnswerResponse> answers) {
	}

	record QuestionnaireResponse(UUID project, UUID questionnaire, QuestionnaireStatus status, int revision,
			UUID template, boolean editable, int progress, Map<String, AnswerResponse> answers,
			Map<String, List<EntryAnswers>> groups, List<MissingResponse> missing) {

		static QuestionnaireResponse of(QuestionnaireView view) {
			AnswerSet shown = view.evaluation().visibleAnswers();
			Map<String, AnswerResponse> answers = new LinkedHashMap<>();
			shown.answers()
				.forEach((key, value) -> answers.put(key,
						new AnswerResponse(AnswerCodec.toJson(value), view.versions().of(null, key))));
			Map<String, List<EntryAnswers>> groups = new LinkedHashMap<>();
			shown.groups().forEach((group, entries) -> groups.put(group, entries.stream().map((entry) -> {
				Map<String, AnswerResponse> values = new LinkedHashMap<>();
				entry.answers()
					.forEach((key, value) -> values.put(key,
							new AnswerResponse(AnswerCodec.toJson(value), view.versions().of(entry.id(), key))));
				return new EntryAnswers(entry.id(), values);
			}).toList()));
			return new QuestionnaireResponse(view.project().id(), view.questionnaireId(), view.status(),
					view.revision(), view.templateId(), view.canEdit(), view.evaluation().overall().percent(), answers,
					groups, view.evaluation().missing().stream().map(MissingResponse::of).toList());
		}

	}

}
