package org.datapact.classification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.classification.CombinationFinding;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.RunSummary;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.classification.domain.ClassificationHistory;
import org.datapact.classification.domain.ClassificationReviews;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ReviewQueue;
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
@RequestMapping("/api/v1/projects/{id}/classification")
@Tag(name = "Classification",
		description = "Public, Confidential or Secret (IOM Table A) for each dataset and the project, explained")
class ProjectClassificationApiController {

	private static final String PROJECT_ID = "The project's id";

	private final ClassificationService classifications;

	private final ReviewQueue reviews;

	private final ClassificationHistory history;

	private final ClassificationReviews scoperReviews;

	ProjectClassificationApiController(ClassificationService classifications, ReviewQueue reviews,
			ClassificationHistory history, ClassificationReviews scoperReviews) {
		this.scoperReviews = scoperReviews;
		this.classifications = classifications;
		this.reviews = reviews;
		this.history = history;
	}

	/** A project's classification: the current result (null before the first run). */
	record CurrentResponse(UUID projectId, boolean reassessmentNeeded, @Nullable Result current) {
	}

	@Schema(name = "ClassificationRun", description = "One stored classification of a project")
	record Result(UUID runId, String ruleSetId, int ruleSetVersion, int questionnaireRevision, Level computedLevel,
			Level projectLevel, @Nullable LocalDate reviewBy, boolean reviewOverdue, Instant evaluatedAt,
			@Schema(description = "What started the run") RunTrigger trigger,
			@Schema(description = "Who started it; null when the system did") @Nullable UUID actorId,
			@Nullable String country, Set<String> contexts, List<DatasetResult> datasets,
			List<CombinationResult> combinations) {
	}

	@Schema(name = "ClassificationRunDataset", description = "One dataset's level in a stored classification")
	record DatasetResult(String datasetId, String name, Level computedLevel, Level finalLevel, Level ownLevel,
			@Nullable UUID overrideId, @Nullable String overrideNote, @Nullable LocalDate reviewBy,
			List<RuleResult> firedRules, boolean needsConfirmation,
			EvaluationResponse.@Nullable DefaultLevelResult defaultLevel) {
	}

	@Schema(name = "ClassificationRunRule", description = "A rule that fired on a dataset")
	record RuleResult(String ruleKey, Level level, String description, String explanation, @Nullable String reference,
			Map<String, Object> inputs) {
	}

	@Schema(name = "ClassificationRunCombination",
			description = "A combination rule that raised datasets of the project")
	record CombinationResult(String ruleKey, Level level, List<String> datasetIds, String description,
			String explanation, List<String> sharedLinkageKeys, Map<String, Map<String, Object>> inputs) {
	}

	@GetMapping
	@Operation(operationId = "getProjectClassification", summary = "Read a project's current classification",
			description = "The latest result (null before the first run) and whether a reassessment is due. "
					+ "Explanations are in the request's language. A project the caller may not see answers 404.")
	CurrentResponse current(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id, Locale locale) {
		StoredClassification current = this.classifications.current(id, me).orElse(null);
		return new CurrentResponse(id, this.reviews.markedForReassessment(id),
				(current != null) ? result(current, locale) : null);
	}

	@GetMapping("/history")
	@Operation(operationId = "listProjectClassificationRuns", summary = "List a project's classification results",
			description = "A page of the stored results, newest first, each with the rule set version that produced "
					+ "it and the project's levels; read one in full by its id.")
	PageResponse<RunSummary> history(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Paged PageQuery query) {
		return PageResponse.of(this.history.runs(id, me, query));
	}

	@GetMapping("/history/{runId}")
	@Operation(operationId = "getProjectClassificationRun", summary = "Read one stored classification result",
			description = "The result in full; a result of another project answers 404.")
	Result historyRun(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Parameter(description = "The result's id, from the list") @PathVariable UUID runId, Locale locale) {
		return result(this.history.run(id, runId, me), locale);
	}

	@PostMapping("/runs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "runProjectClassification", summary = "Classify a project now",
			description = "Scopers and admins, with the rules and context in force; the result is stored. 409 "
					+ "before the questionnaire is submitted.")
	Result run(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id, Locale locale) {
		return result(this.classifications.runOnDemand(me, id), locale);
	}

	@Schema(name = "ClassificationNote", description = "A scoper's note")
	record NoteRequest(@Schema(description = "The note", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
			maxLength = ClassificationReviews.NOTE_MAX, pattern = "[\\s\\S]*\\S[\\s\\S]*") String note) {
	}

	@PostMapping("/reviews")
	@Operation(operationId = "recordProjectClassificationReview", summary = "Record \"reviewed, no change\"",
			description = "Scopers and admins keep the current result, with a note saying what they reviewed: its "
					+ "review-by date moves on by the level's review period, which ends an overdue review without a "
					+ "new run. 409 before the first result.")
	Result reviewed(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@RequestBody NoteRequest body, Locale locale) {
		return result(this.scoperReviews.reviewedWithoutChange(me, id, body.note()), locale);
	}

	@PostMapping("/reassessment/clearance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "clearProjectClassificationReassessment",
			summary = "Clear the re-assessment mark without a new run",
			description = "Scopers and admins say, in a note, why a change of context calls for no new run; every "
					+ "open re-assessment mark of the project is cleared with it. A project not marked is left as it "
					+ "is.")
	void clearReassessment(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@RequestBody NoteRequest body) {
		this.scoperReviews.clearReassessment(me, id, body.note());
	}

	private Result result(StoredClassification run, Locale locale) {
		return new Result(run.runId(), run.ruleSetId(), run.ruleSetVersion(), run.questionnaireRevision(),
				run.computedLevel(), run.projectLevel(), run.reviewBy(), run.overdueOn(this.classifications.today()),
				run.evaluatedAt(), run.trigger(), run.actorId(), run.country(), run.contexts(),
				run.datasets().stream().map((d) -> dataset(d, locale)).toList(),
				run.combinations().stream().map((c) -> combination(c, locale)).toList());
	}

	private static DatasetResult dataset(StoredDataset dataset, Locale locale) {
		return new DatasetResult(dataset.datasetId(), dataset.name(), dataset.computedLevel(), dataset.finalLevel(),
				dataset.ownLevel(), dataset.overrideId(), dataset.overrideNote(), dataset.reviewBy(),
				dataset.firedRules().stream().map((rule) -> rule(rule, locale)).toList(), dataset.needsConfirmation(),
				EvaluationResponse.DefaultLevelResult.of(dataset.defaultLevel(), locale));
	}

	private static RuleResult rule(FiredRule rule, Locale locale) {
		return new RuleResult(rule.ruleKey(), rule.level(), rule.description().in(locale),
				rule.explanation().in(locale), rule.reference(), rule.inputs());
	}

	private static CombinationResult combination(CombinationFinding finding, Locale locale) {
		return new CombinationResult(finding.ruleKey(), finding.level(), finding.datasetIds(),
				finding.description().in(locale), finding.explanation().in(locale), finding.sharedLinkageKeys(),
				finding.inputs());
	}

}
