package org.datapact.plan.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.datapact.classification.Level;
import org.datapact.plan.domain.GeneratedParts.DatasetRow;
import org.datapact.plan.domain.PlanHistory;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.PlanStatus;
import org.datapact.plan.domain.PlanView;
import org.datapact.plan.domain.Prefill;
import org.datapact.plan.domain.RevisionView;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionSave;
import org.datapact.plan.domain.SectionView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.datapact.shared.web.ProblemException;
import org.datapact.shared.web.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
@Tag(name = "Plan", description = "A project's Data Management Plan, co-written section by section by scopers and "
		+ "the partner's staff on the project")
class PlanApiController {

	private static final String PROJECT_ID = "The project's id";

	private static final String SECTION_KEY = "The section's key, as in the plan template";

	private final PlanService plans;

	private final PlanHistory history;

	private final MessageSource messages;

	PlanApiController(PlanService plans, PlanHistory history, MessageSource messages) {
		this.plans = plans;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	@Operation(operationId = "getPlan", summary = "Read a project's plan",
			description = "Its sections in template order, each with its text and version, and the dataset table "
					+ "generated from the questionnaire and the classification as they stand. 404 before the "
					+ "questionnaire is accepted (the plan starts then), and for a project the caller may not see.")
	PlanResponse plan(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			Locale locale) {
		return PlanResponse.of(this.plans.view(projectId, me), locale);
	}

	@GetMapping("/sections/{sectionKey}")
	@Operation(operationId = "getPlanSection", summary = "Read one section of a project's plan",
			description = "Its text, its version (send it back when saving) and who saved it last.")
	SectionResponse section(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = SECTION_KEY) @PathVariable String sectionKey, Locale locale) {
		return SectionResponse.of(this.plans.section(projectId, sectionKey, me), locale);
	}

	@PutMapping("/sections/{sectionKey}")
	@Operation(operationId = "savePlanSection", summary = "Save a section's text",
			description = "Scopers and the partner's staff on the project. Send the version you last read: when "
					+ "someone saved the section since, nothing is written and the answer is 409 with `current`: "
					+ "the text now, its version, who saved it and the text your version had (`base`), for a "
					+ "three-way merge. Markdown; at most 100,000 characters.")
	SavedSection save(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = SECTION_KEY) @PathVariable String sectionKey,
			@Valid @RequestBody SectionRequest body, Locale locale) {
		return saved(this.plans.save(projectId, sectionKey, new SectionSave(body.body(), body.version()), me), locale);
	}

	@GetMapping("/sections/{sectionKey}/revisions")
	@Operation(operationId = "listPlanSectionRevisions", summary = "List a section's revisions",
			description = "A page of them, newest first: every save is a revision (version 0 is the text the plan "
					+ "started with), with who saved it, when, and the text.")
	PageResponse<RevisionResponse> revisions(CurrentUser me,
			@Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = SECTION_KEY) @PathVariable String sectionKey, @Paged PageQuery query) {
		return PageResponse.of(this.history.revisions(projectId, sectionKey, me, query).map(RevisionResponse::of));
	}

	@GetMapping("/sections/{sectionKey}/revisions/{version}")
	@Operation(operationId = "getPlanSectionRevision", summary = "Read one revision of a section",
			description = "The text the section had at that version, who saved it and when.")
	RevisionResponse revision(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = SECTION_KEY) @PathVariable String sectionKey,
			@Parameter(description = "The section's version, from 0",
					schema = @Schema(type = "integer", format = "int32", minimum = "0")) @PathVariable int version) {
		return RevisionResponse.of(this.history.revision(projectId, sectionKey, version, me));
	}

	@PostMapping("/sections/{sectionKey}/revisions/{version}/restore")
	@Operation(operationId = "restorePlanSectionRevision", summary = "Restore an old revision as a new one",
			description = "Scopers and the partner's staff on the project. Saves the revision's text as the "
					+ "section's next version; send the version you last read, as for any save (409 with "
					+ "`current` when someone saved since). History is never rewritten.")
	SavedSection restore(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID projectId,
			@Parameter(description = SECTION_KEY) @PathVariable String sectionKey,
			@Parameter(description = "The version to restore, from 0",
					schema = @Schema(type = "integer", format = "int32", minimum = "0")) @PathVariable int version,
			@Valid @RequestBody RestoreRequest body, Locale locale) {
		return saved(this.history.restore(projectId, sectionKey, version, body.version(), me), locale);
	}

	private SavedSection saved(SaveOutcome outcome, Locale locale) {
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, this.messages, locale);
			Map<String, Object> current = new LinkedHashMap<>();
			current.put("value", conflict.current());
			current.put("version", conflict.currentVersion());
			current.put("savedBy", conflict.currentAuthorName());
			current.put("savedAt", conflict.currentSavedAt().toString());
			current.put("base", conflict.base());
			problem.setProperty("current", current);
			throw new ProblemException(problem);
		}
		SaveOutcome.Saved saved = (SaveOutcome.Saved) outcome;
		return new SavedSection(saved.sectionKey(), saved.version(), saved.savedAt());
	}

	@Schema(name = "PlanRestoreRequest", description = "The section's version the caller read")
	record RestoreRequest(
			@Schema(description = "The version you last read", minimum = "0") @NotNull @Min(0) Integer version) {
	}

	@Schema(name = "PlanSectionRevision", description = "A section's text at one of its versions")
	record RevisionResponse(@Schema(description = "The section's version", minimum = "0") int version,
			@Schema(description = "Who saved it; null for the text the plan started with") @Nullable UUID authorId,
			@Schema(description = "Their name") @Nullable String authorName, Instant savedAt,
			@Schema(description = "The text, in Markdown") String body) {

		static RevisionResponse of(RevisionView revision) {
			return new RevisionResponse(revision.version(), revision.authorId(), revision.authorName(),
					revision.savedAt(), revision.body());
		}

	}

	@Schema(name = "PlanSectionRequest", description = "A section's new text and the version it was based on")
	record SectionRequest(
			@Schema(description = "The text, in Markdown", example = "Partner-hosted, on Azure.",
					maxLength = 100000) @Nullable String body,
			@Schema(description = "The version you last read", minimum = "0") @NotNull @Min(0) Integer version) {
	}

	@Schema(name = "PlanSectionSaved", description = "A section saved as its new version")
	record SavedSection(@Schema(description = "The section's key") String key,
			@Schema(description = "Its new version: send it with the next save") int version,
			@Schema(description = "When it was saved") Instant savedAt) {
	}

	@Schema(name = "Plan", description = "A project's Data Management Plan")
	record PlanResponse(UUID id, UUID projectId, PlanStatus status, UUID templateId, Instant createdAt,
			@Schema(description = "Whether the caller may edit its sections") boolean canEdit,
			List<SectionResponse> sections,
			@Schema(description = "Whether the dataset table comes from an accepted questionnaire") boolean questionnaireAccepted,
			@Schema(description = "The dataset inventory with each dataset's final level") List<PlanDataset> datasets) {

		static PlanResponse of(PlanView plan, Locale locale) {
			return new PlanResponse(plan.planId(), plan.project().id(), plan.status(), plan.templateId(),
					plan.createdAt(), plan.canEdit(),
					plan.sections().stream().map((s) -> SectionResponse.of(s, locale)).toList(),
					plan.generated().questionnaireAccepted(),
					plan.generated().datasets().stream().map(PlanDataset::of).toList());
		}

	}

	@Schema(name = "PlanSection", description = "One section of a plan")
	record SectionResponse(@Schema(description = "The section's key", example = "hosting") String key,
			@Schema(description = "Its title, in the request's language") String title,
			@Schema(description = "What to write, in the request's language") String guidance,
			@Schema(description = "What its generated part is made from") Prefill prefill, boolean required,
			@Schema(description = "Restricted to people who acknowledged the approved plan") boolean restricted,
			@Schema(description = "The text, in Markdown") String body,
			@Schema(description = "Send it back when saving", minimum = "0") int version,
			@Schema(description = "Who saved it last; null while it holds the text it started with") @Nullable UUID updatedBy,
			@Schema(description = "Their name") @Nullable String updatedByName, Instant updatedAt) {

		static SectionResponse of(SectionView s, Locale locale) {
			return new SectionResponse(s.key(), s.title().in(locale), s.guidance().in(locale), s.prefill(),
					s.required(), s.restricted(), s.body(), s.version(), s.updatedBy(), s.updatedByName(),
					s.updatedAt());
		}

	}

	@Schema(name = "PlanDataset", description = "A dataset of the inventory as the plan shows it")
	record PlanDataset(String id, String name, String purpose, String fields, String source, String collectionPeriod,
			String refreshCadence, String consentBasis, String deleteBy,
			@Schema(description = "Its final level; null until classified") @Nullable Level level,
			@Schema(description = "Secret data is out of scope for routine sharing (IOM Table B)") boolean outOfScopeForSharing) {

		static PlanDataset of(DatasetRow row) {
			return new PlanDataset(row.id(), row.name(), row.purpose(), row.fields(), row.source(),
					row.collectionPeriod(), row.refreshCadence(), row.consentBasis(), row.deleteBy(), row.level(),
					row.outOfScopeForSharing());
		}

	}

}
