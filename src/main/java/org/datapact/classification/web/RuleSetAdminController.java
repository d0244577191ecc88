package org.datapact.classification.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.classification.domain.Reclassification;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetDetail;
import org.datapact.classification.domain.RuleSetEdit;
import org.datapact.classification.domain.RuleSetSummary;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.DefinitionNotEditableException;
import org.datapact.definition.LockVersion;
import org.datapact.definition.ProblemLine;
import org.datapact.definition.PublishOutcome;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Paged;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages of classification rule sets: the versions, one version's page, and on a
 * draft its parameters, JSON import and export, publishing with a reason and discarding.
 * Rules are edited in {@link RuleEditorController}, samples tried in
 * {@link TestBenchController}. The service checks the admin role too.
 */
@Controller
@RequestMapping(RuleSetAdminController.BASE)
class RuleSetAdminController {

	static final String BASE = "/admin/classification/rule-sets";

	private static final String PAGE = "classification/rule-set";

	private final RuleSetAdministration administration;

	private final MessageSource messages;

	private final Reclassification reclassification;

	RuleSetAdminController(RuleSetAdministration administration, MessageSource messages,
			Reclassification reclassification) {
		this.administration = administration;
		this.messages = messages;
		this.reclassification = reclassification;
	}

	@GetMapping
	String list(CurrentUser me, @Paged PageQuery query, Model model) {
		model.addAttribute("versions", this.administration.versions(me, query));
		return "classification/rule-sets";
	}

	@PostMapping("/{id}/draft")
	String createDraft(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			RuleSetSummary draft = this.administration.createDraft(me, id);
			FlashMessages.success(redirect, "classification.ruleSet.drafted");
			return "redirect:" + BASE + "/" + draft.id();
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
			return "redirect:" + BASE;
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable UUID id, Model model) {
		return page(model, this.administration.get(me, id), List.of());
	}

	@PostMapping("/{id}/discard")
	String discard(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.administration.discardDraft(me, id);
		FlashMessages.success(redirect, "classification.ruleSet.discarded");
		return "redirect:" + BASE;
	}

	@PostMapping("/{id}/parameters")
	String saveParameters(CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		ParametersForm form = ParametersForm.read(detail.definition().parameters().keySet(), params);
		List<ProblemLine> problems = new ArrayList<>(
				ProblemLine.of(form.problems(), ParametersForm::fieldLink, this.messages, locale));
		if (problems.isEmpty()) {
			try {
				this.administration.edit(me, id, LockVersion.parse(lockVersion),
						new RuleSetEdit.SaveParameters(form.values()));
				FlashMessages.success(redirect, "classification.parameters.saved");
				return "redirect:" + BASE + "/" + id;
			}
			catch (DefinitionEditRefused ex) {
				problems.addAll(ProblemLine.of(ex.problems(), (problem) -> null, this.messages, locale));
			}
		}
		return page(model, detail, problems);
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(CurrentUser me, @PathVariable UUID id) {
		RuleSetDetail detail = this.administration.get(me, id);
		String name = detail.summary().ruleSetKey() + "-"
				+ ((detail.summary().version() != null) ? "v" + detail.summary().version() : "draft") + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.administration.exportJson(me, id).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{id}/import")
	String importJson(CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(defaultValue = "") String json, Model model, Locale locale, RedirectAttributes redirect) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		try {
			this.administration.edit(me, id, LockVersion.parse(lockVersion), new RuleSetEdit.ImportJson(json));
			FlashMessages.success(redirect, "classification.ruleSet.imported");
			return "redirect:" + BASE + "/" + id;
		}
		catch (DefinitionEditRefused ex) {
			model.addAttribute("importJson", json);
			return page(model, detail,
					ProblemLine.of(ex.problems(), (problem) -> "#import-json", this.messages, locale));
		}
	}

	@PostMapping("/{id}/publish")
	String publish(CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
		PublishOutcome outcome;
		try {
			outcome = this.administration.publish(me, id, LockVersion.parse(lockVersion), reason);
		}
		catch (DefinitionNotEditableException ex) {
			throw ex;
		}
		catch (InvalidRequestException ex) {
			return page(model, this.administration.get(me, id), List.of(new ProblemLine("reason",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), locale), "#publish-reason")));
		}
		if (outcome instanceof PublishOutcome.Refused refused) {
			return page(model, this.administration.get(me, id),
					ProblemLine.of(refused.problems(), (problem) -> null, this.messages, locale));
		}
		int version = ((PublishOutcome.Published) outcome).version();
		try {
			this.reclassification.start(me);
			FlashMessages.success(redirect, "classification.ruleSet.publishedNotice", version);
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, "classification.ruleSet.publishedRerunBusy", version);
		}
		return "redirect:" + RuleSetImpactController.RERUN;
	}

	private static String page(Model model, RuleSetDetail detail, List<ProblemLine> problems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("problems", problems);
		return PAGE;
	}

}
