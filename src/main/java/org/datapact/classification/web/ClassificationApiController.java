package org.datapact.classification.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.classification.Classifier;
import org.datapact.classification.CombinationFinding;
import org.datapact.classification.DatasetClassification;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.web.EvaluationResponse.CombinationReference;
import org.datapact.classification.web.EvaluationResponse.CombinationResult;
import org.datapact.classification.web.EvaluationResponse.DatasetResult;
import org.datapact.classification.web.EvaluationResponse.FiredRuleResult;
import org.datapact.classification.web.EvaluationResponse.RuleSetReference;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/classification")
@Tag(name = "Classification",
		description = "Public, Confidential or Secret (IOM Table A) for each dataset and the project, explained")
class ClassificationApiController {

	private final Classifier classifier;

	private final MessageSource messages;

	ClassificationApiController(Classifier classifier, MessageSource messages) {
		this.classifier = classifier;
		this.messages = messages;
	}

	@PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "evaluateClassification",
			summary = "Classify datasets with the rule set in force, without saving anything (any signed-in user)",
			description = "Each dataset gets the highest level of the rules that fire on its answers; a dataset "
					+ "no rule determines gets the rule set's default level (Confidential in the default rules) and "
					+ "needsConfirmation, since Public is only ever a rule's finding; linkable datasets that are sensitive together are raised, grouped per combination "
					+ "rule (the datasets involved, not every pair, so the answer grows linearly with the datasets); "
					+ "the project gets the highest level of its datasets. Explanations and level labels are in the request's "
					+ "language (Accept-Language: en or fr). Unknown properties, question keys or options, values "
					+ "of the wrong type and more than 500 datasets answer 400 with the field at fault in `errors`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = EvaluationRequest.class),
							examples = @ExampleObject(name = "seed",
									summary = "Table A's examples and feelings of safety next to armed actors",
									value = ApiExamples.REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The classification",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = EvaluationResponse.class),
									examples = @ExampleObject(name = "seed", value = ApiExamples.RESPONSE))),
					@ApiResponse(responseCode = "400", description = "A field does not fit; `errors` names it",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									examples = @ExampleObject(name = "unknown option",
											value = ApiExamples.BAD_REQUEST))) })
	EvaluationResponse evaluate(@RequestBody(required = false) String body, Locale locale) {
		EvaluationRequest request = EvaluationRequests.parse(body);
		ProjectEvaluation evaluation = this.classifier.evaluate(EvaluationRequests.context(request),
				EvaluationRequests.datasets(request));
		return response(evaluation, locale);
	}

	private EvaluationResponse response(ProjectEvaluation evaluation, Locale locale) {
		List<DatasetResult> datasets = evaluation.datasets()
			.stream()
			.map((dataset) -> dataset(dataset, locale))
			.toList();
		List<CombinationResult> combinations = evaluation.combinations()
			.stream()
			.map((finding) -> combination(finding, locale))
			.toList();
		return new EvaluationResponse(new RuleSetReference(evaluation.ruleSetId(), evaluation.ruleSetVersion()),
				evaluation.projectLevel(), label(evaluation.projectLevel(), locale), datasets, combinations);
	}

	private DatasetResult dataset(DatasetClassification dataset, Locale locale) {
		List<FiredRuleResult> fired = dataset.firedRules().stream().map((rule) -> fired(rule, locale)).toList();
		List<CombinationReference> combinations = dataset.combinations()
			.stream()
			.map((membership) -> new CombinationReference(membership.ruleKey(), membership.level()))
			.toList();
		return new DatasetResult(dataset.datasetId(), dataset.name(), dataset.level(), label(dataset.level(), locale),
				dataset.ownLevel(), fired, dataset.needsConfirmation(),
				EvaluationResponse.DefaultLevelResult.of(dataset.defaultLevel(), locale), combinations);
	}

	private static FiredRuleResult fired(FiredRule rule, Locale locale) {
		return new FiredRuleResult(rule.ruleKey(), rule.level(), rule.description().in(locale),
				rule.explanation().in(locale), rule.reference(), rule.inputs());
	}

	private static CombinationResult combination(CombinationFinding finding, Locale locale) {
		return new CombinationResult(finding.ruleKey(), finding.level(), finding.datasetIds(),
				finding.description().in(locale), finding.explanation().in(locale), finding.reference(),
				finding.sharedLinkageKeys(), finding.inputs());
	}

	private String label(Level level, Locale locale) {
		String key = switch (level) {
			case PUBLIC -> "classification.level.PUBLIC";
			case CONFIDENTIAL -> "classification.level.CONFIDENTIAL";
			case SECRET -> "classification.level.SECRET";
		};
		return this.messages.getMessage(key, null, level.name(), locale);
	}

}
