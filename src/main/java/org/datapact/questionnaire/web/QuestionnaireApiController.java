package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
import org.datapact.questionnaire.domain.RevisionJson;
import org.datapact.questionnaire.domain.RevisionSummary;
import org.datapact.questionnaire.domain.SaveOutcome;
import org.datapact.questionnaire.domain.SubmitOutcome;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateLibrary;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.datapact.shared.web.Problems;
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
	@Operation(summary = "A template version: sections, questions with stable keys, types, options and conditions."
			+ " Drafts are for admins only")
	TemplateDefinition template(CurrentUser me, @PathVariable UUID templateId) {
		return this.templates.definitionReadBy(templateId, me);
	}

	@GetMapping("/projects/{projectId}/questionnaire")
	@Operation(summary = "The project's questionnaire: state, progress, the answers that are shown with their "
			+ "versions, and what is still missing")
	QuestionnaireResponse questionnaire(CurrentUser me, @PathVariable UUID projectId) {
		return QuestionnaireResponse.of(this.questionnaires.open(projectId, me));
	}

	@PutMapping("/projects/{projectId}/questionnaire/answers/{questionKey}")
	@Operation(summary = "Save one answer (partner staff of the project). Send the version you last read "
			+ "(0 for a first answer); 409 with the current answer when someone changed it meanwhile, "
			+ "422 when the value does not fit the question. A null value clears the answer.")
	ResponseEntity<?> save(CurrentUser me, @PathVariable UUID projectId, @PathVariable String questionKey,
			@RequestBody AnswerRequest body, Locale locale) {
		SaveOutcome outcome = this.questionnaires.save(projectId, me,
				new AnswerInput(body.entry(), questionKey, body.values(), body.version()));
		if (outcome instanceof SaveOutcome.Saved saved) {
			return ResponseEntity.ok(new SavedResponse(saved.version(), saved.evaluation().overall().percent()));
		}
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, this.messages, locale);
			problem.setProperty("currentValue", AnswerCodec.toJson(conflict.currentValue()));
			problem.setProperty("currentVersion", conflict.currentVersion());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		SaveOutcome.Rejected rejected = (SaveOutcome.Rejected) outcome;
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.messages.getMessage("error.4xx.title", null, locale));
		problem.setDetail(this.messages.getMessage(rejected.messageKey(), rejected.arguments().toArray(), locale));
		problem.setProperty("errors", Map.of("value", problem.getDetail()));
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@PostMapping("/projects/{projectId}/questionnaire/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an entry to a repeating group, e.g. a dataset to the inventory (partner staff)")
	EntryResponse addEntry(CurrentUser me, @PathVariable UUID projectId, @RequestBody EntryRequest body) {
		return new EntryResponse(this.questionnaires.addEntry(projectId, me, body.group()));
	}

	@DeleteMapping("/projects/{projectId}/questionnaire/entries/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an entry and its answers (partner staff)")
	void removeEntry(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID entryId) {
		this.questionnaires.removeEntry(projectId, me, entryId);
	}

	@PostMapping("/projects/{projectId}/questionnaire/submission")
	@Operation(summary = "Submit for review (partner staff): 200 with the new revision, or 422 listing the "
			+ "required answers still missing")
	ResponseEntity<?> submit(CurrentUser me, @PathVariable UUID projectId, Locale locale) {
		SubmitOutcome outcome = this.questionnaires.submit(projectId, me);
		if (outcome instanceof SubmitOutcome.Submitted submitted) {
			return ResponseEntity.ok(Map.of("revision", submitted.revision()));
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.messages.getMessage("error.4xx.title", null, locale));
		List<Evaluation.Missing> missing = ((SubmitOutcome.Incomplete) outcome).missing();
		problem.setDetail(
				this.messages.getMessage("questionnaire.missing.title", new Object[] { missing.size() }, locale));
		problem.setProperty("missing", missing.stream().map(MissingResponse::of).toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@PostMapping("/projects/{projectId}/questionnaire/acceptance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Accept the submitted revision (scopers)")
	void accept(CurrentUser me, @PathVariable UUID projectId) {
		this.review.accept(projectId, me);
	}

	@PostMapping("/projects/{projectId}/questionnaire/return")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Return the submitted revision for changes, saying what should change (scopers)")
	void returnForChanges(CurrentUser me, @PathVariable UUID projectId, @RequestBody NoteRequest body) {
		this.review.returnForChanges(projectId, me, body.note());
	}

	@GetMapping("/projects/{projectId}/questionnaire/revisions")
	@Operation(operationId = "listQuestionnaireRevisions",
			summary = "A page of the submitted revisions, newest first, with their reviews")
	PageResponse<RevisionSummary> revisions(CurrentUser me, @PathVariable UUID projectId, @Paged PageQuery query) {
		return PageResponse.of(this.revisions.revisions(projectId, me, query));
	}

	@GetMapping("/projects/{projectId}/questionnaire/revisions/{number}")
	@Operation(summary = "One submitted revision's answers, exactly as frozen")
	JsonNode revision(CurrentUser me, @PathVariable UUID projectId, @PathVariable int number) {
		RevisionDetail detail = this.revisions.revision(projectId, me, number);
		return RevisionJson.tree(detail.answers());
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
	record AnswerRequest(@Schema(description = "The group entry, for questions asked once per dataset") UUID entry,
			@Schema(description = "A string, a number, a list of option keys, or null to clear",
					example = "\"yes\"") JsonNode value,
			@Schema(description = "The version last read; 0 for a first answer") int version) {

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

	record SavedResponse(int version, int progress) {
	}

	record EntryRequest(String group) {
	}

	record EntryResponse(UUID id) {
	}

	record NoteRequest(String note) {
	}

	record MissingResponse(String section, String question, UUID entry) {

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
