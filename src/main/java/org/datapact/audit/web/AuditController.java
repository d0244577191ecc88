package org.datapact.audit.web;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.datapact.audit.domain.AuditCheckpoint;
import org.datapact.audit.domain.AuditEntry;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Reads;
import org.datapact.shared.web.Paged;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private static final int MAX_CHECKPOINT = 2000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditQueries audit;

	private final UserAccounts users;

	private final Organisations organisations;

	private final Reads reads;

	AuditController(AuditQueries audit, UserAccounts users, Organisations organisations, Reads reads) {
		this.audit = audit;
		this.users = users;
		this.organisations = organisations;
		this.reads = reads;
	}

	@GetMapping
	String browse(CurrentUser me, @Valid @ModelAttribute("filter") AuditFilterForm form, BindingResult result,
			@Paged(size = 50) PageQuery query, Model model) {
		requireAdmin(me);
		// a value that does not convert (a date like "notadate") leaves no form at all:
		// the
		// page is shown again, unfiltered, with the message
		AuditFilterForm shown = (form != null) ? form : AuditFilterForm.EMPTY;
		AuditFilter filter = result.hasErrors() ? AuditFilter.none() : shown.filter();
		this.reads.inOneTransaction(() -> {
			ListPage<AuditEntry> page = this.audit.find(filter, query);
			Set<UUID> actors = new HashSet<>();
			page.items().stream().map(AuditEntry::actorId).filter(Objects::nonNull).forEach(actors::add);
			model.addAttribute("page", page);
			model.addAttribute("actorLabels", this.users.labels(actors));
			model.addAttribute("organisations", this.organisations.all());
		});
		return "audit/list";
	}

	@GetMapping("/verify")
	String verify(CurrentUser me, Model model) {
		requireAdmin(me);
		model.addAttribute("verification", this.audit.verify());
		return "audit/verify";
	}

	/** Verifies the chain against a checkpoint pasted from a saved file. */
	@PostMapping("/verify")
	String verifyAgainst(CurrentUser me, @RequestParam(required = false) String checkpoint, Model model) {
		requireAdmin(me);
		Optional<AuditCheckpoint> saved = parse(checkpoint);
		if (saved.isEmpty()) {
			model.addAttribute("checkpointError", "audit.checkpoint.invalid");
			model.addAttribute("checkpointText",
					(checkpoint != null && checkpoint.length() <= MAX_CHECKPOINT) ? checkpoint : "");
			model.addAttribute("verification", this.audit.verify());
			return "audit/verify";
		}
		model.addAttribute("verification", this.audit.verify(saved.get()));
		return "audit/verify";
	}

	/**
	 * The signed head of the chain, as a JSON file to keep outside DataPact (whatever the
	 * browser says it accepts: a download link asks for pages).
	 */
	@GetMapping("/checkpoint")
	ResponseEntity<AuditCheckpoint> checkpoint(CurrentUser me) {
		requireAdmin(me);
		AuditCheckpoint head = this.audit.checkpoint();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("datapact-audit-checkpoint-" + head.seq() + ".json")
						.build()
						.toString())
			.body(head);
	}

	private static Optional<AuditCheckpoint> parse(String text) {
		if (text == null || text.isBlank() || text.length() > MAX_CHECKPOINT) {
			return Optional.empty();
		}
		try {
			CheckpointForm form = JSON.readValue(text, CheckpointForm.class);
			boolean complete = form.seq() != null && form.seq() >= 0 && form.hash() != null
					&& form.hash().matches("[0-9a-f]{64}") && form.createdAt() != null && form.keyId() != null
					&& form.signature() != null;
			return complete ? Optional.of(form.checkpoint()) : Optional.empty();
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("read the audit log");
		}
	}

}
