package org.datapact.audit.web;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
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

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

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
		AuditFilter filter = result.hasErrors() ? AuditFilter.none() : form.filter();
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

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("read the audit log");
		}
	}

}
