package org.datapact.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.datapact.audit.domain.AuditPage;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.audit.domain.AuditVerification;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit log (admins)")
class AuditApiController {

	private final AuditQueries audit;

	AuditApiController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "A page of audit entries, newest first, filtered by user, organisation, entity and date")
	AuditPage find(CurrentUser me, @Valid @ModelAttribute AuditFilterForm filter,
			@RequestParam(defaultValue = "50") int size) {
		requireAdmin(me);
		return this.audit.find(filter.filter(), filter.pageNumber(), size);
	}

	@GetMapping("/verification")
	@Operation(summary = "Re-compute the hash chain and name the first broken entry, if any")
	AuditVerification verify(CurrentUser me) {
		requireAdmin(me);
		return this.audit.verify();
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("read the audit log");
		}
	}

}
