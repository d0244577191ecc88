package org.datapact.classification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.classification.CombinationFinding;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.RunSummary;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.classification.domain.ClassificationHistory;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ReviewQueue;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{id}/classification")
@Tag(name = "Classification")
class ProjectClassificationApiController {

	private final ClassificationService classifications;

	private final ReviewQueue reviews;

	private final ClassificationHistory history;

	ProjectClassificationApiController(ClassificationService classifications, ReviewQueue reviews,
			ClassificationHistory history) {
		this.classifications = classifications;
		this.reviews = reviews;
		this.history = history;
	}

	/** A project's classification: the current result (null before the first run). */
	record CurrentResponse(UUID projectId, boolean reassessmentNeeded, Result current) {
	}

	record Result(UUID runId, String ruleSetId, int ruleSetVersion, int questionnaireRevision, Level computedLevel,
			Level projectLevel, LocalDate reviewBy, boolean reviewOverdue, Instant evaluatedAt, String trigger,
			UUID actorId, String country, Set<String> contexts, List<DatasetResult> datasets,
			List<CombinationResult> combinations) {
	}

	record DatasetResult(String datasetId, String name, Level computedLevel, Level finalLevel, Level ownLevel,
			UUID overrideId, String overrideNote, LocalDate reviewBy, List<RuleResult> firedRules,
			boolean needsConfirmation, EvaluationResponse.DefaultLevelResult defaultLevel) {
	}

	record RuleResult(String ruleKey, Level level, String description, String explanation, String reference,
			Map<String, Object> inputs) {
	}

	record CombinationResult(String ruleKey, Level level, List<String> datasetIds, String description,
			String explanation, List<String> sharedLinkageKeys, Map<String, Map<String, Object>> inputs) {
	}

	@GetMapping
	@Operation(summary = "The project's current classification result (null before the first run); a project "
			+ "the caller may not see answers 404")
	CurrentResponse current(CurrentUser me, @PathVariable UUID id, Locale locale) {
		StoredClassification current = this.classifications.current(id, me).orElse(null);
		return new CurrentResponse(id, this.reviews.markedForReassessment(id),
				(current != null) ? result(current, locale) : null);
	}

	@GetMapping("/history")
	@Operation(operationId = "listClassificationRuns",
			summary = "A page of the project's stored classification runs, newest first, each with the rule set "
					+ "version that produced it and the project's levels; read one in full by its id")
	PageResponse<RunSummary> history(CurrentUser me, @PathVariable UUID id, @Paged PageQuery query) {
		return PageResponse.of(this.history.runs(id, me, query));
	}

	@GetMapping("/history/{runId}")
	@Operation(operationId = "getClassificationRun",
			summary = "One stored classification run in full; a run of another project answers 404")
	Result historyRun(CurrentUser me, @PathVariable UUID id, @PathVariable UUID runId, Locale locale) {
		return result(this.history.run(id, runId, me), locale);
	}

	@PostMapping("/runs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run the classification now with the rules and context in force (scopers and admins); "
			+ "400 before the questionnaire is submitted")
	Result run(CurrentUser me, @PathVariable UUID id, Locale locale) {
		return result(this.classifications.runOnDemand(me, id), locale);
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
