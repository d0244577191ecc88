package org.datapact.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.audit.domain.AuditCheckpoint;
import org.datapact.audit.domain.AuditEntry;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.audit.domain.AuditVerification;
import org.datapact.shared.AuditAction;
import org.datapact.shared.AuditEntityType;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.api.ProblemResponse;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
	@Operation(operationId = "listAuditEntries", summary = "List audit entries, newest first",
			description = "Admins only. Filtered by actor, organisation, entity, action and date, all optional.")
	@ProblemResponse(status = 403, description = "Only admins read the audit log")
	PageResponse<AuditEntryResponse> find(CurrentUser me, @ParameterObject @Valid AuditQuery filter,
			@Paged PageQuery query) {
		requireAdmin(me);
		return PageResponse.of(this.audit.find(filter.filter(), query).map(AuditEntryResponse::of));
	}

	@GetMapping("/verification")
	@Operation(operationId = "verifyAuditChain", summary = "Verify the audit log's keyed hash chain",
			description = "Admins only. Re-computes every entry's hash and names the first broken entry, if any.")
	@ProblemResponse(status = 403, description = "Only admins read the audit log")
	AuditVerification verify(CurrentUser me) {
		requireAdmin(me);
		return this.audit.verify();
	}

	@PostMapping("/verification")
	@Operation(operationId = "verifyAuditChainAgainstCheckpoint",
			summary = "Verify the audit log against a saved checkpoint",
			description = "Admins only. Re-computes the chain and checks a checkpoint saved earlier against it: a "
					+ "checkpoint DataPact did not sign, an entry no longer matching it, or entries missing from the "
					+ "end make the log not intact.")
	@ProblemResponse(status = 400, description = "The checkpoint is not complete or not well formed")
	@ProblemResponse(status = 403, description = "Only admins read the audit log")
	AuditVerification verifyAgainst(CurrentUser me, @Valid @RequestBody CheckpointForm checkpoint) {
		requireAdmin(me);
		return this.audit.verify(checkpoint.checkpoint());
	}

	@GetMapping("/checkpoint")
	@Operation(operationId = "auditCheckpoint", summary = "Get a signed checkpoint of the audit log",
			description = "Admins only. The head of the chain now (sequence number and hash), signed with the audit "
					+ "key: save it outside DataPact to detect later truncation or recomputation.")
	@ProblemResponse(status = 403, description = "Only admins read the audit log")
	AuditCheckpoint checkpoint(CurrentUser me) {
		requireAdmin(me);
		return this.audit.checkpoint();
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("read the audit log");
		}
	}

	/**
	 * What the audit log is narrowed to; every part is optional (the closed sets are not
	 * marked nullable only so that their shared schemas, which responses use too, are
	 * not).
	 */
	record AuditQuery(@Parameter(description = "Only entries of this actor (a user's id)") @Nullable UUID userId,
			@Parameter(description = "Only entries about this organisation") @Nullable UUID organisationId,
			@Parameter(description = "Only entries about this kind of record") AuditEntityType entityType,
			@Parameter(description = "Only entries about the record with this id") @Size(max = 100) @Pattern(
					regexp = "[^\\x00-\\x1F\\x7F]*") @Nullable String entityId,
			@Parameter(description = "Only entries of this action") AuditAction action,
			@Parameter(description = "Only entries on or after this day (UTC)") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Only entries on or before this day (UTC)") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

		AuditFilter filter() {
			return new AuditFilter(this.userId, this.organisationId,
					(this.entityType != null) ? this.entityType.name() : null, this.entityId,
					(this.action != null) ? this.action.name() : null, this.from, this.to);
		}

	}

	/** One line of the audit log. */
	record AuditEntryResponse(@Schema(description = "Position in the chain, from 1") long seq, Instant occurredAt,
			@Schema(description = "Who acted; null for the system or an unknown caller") @Nullable UUID actorId,
			@Schema(description = "How the actor was named when nobody was signed in") @Nullable String actorLabel,
			@Schema(description = "What happened") AuditAction action,
			@Schema(description = "The kind of record concerned") @Nullable AuditEntityType entityType,
			@Schema(description = "The id of the record concerned") @Nullable String entityId,
			@Schema(description = "The organisation concerned") @Nullable UUID organisationId,
			@Schema(description = "The client address of the request") @Nullable String address,
			AuditEvent.Outcome outcome, @Schema(description = "What changed, in words") @Nullable String details,
			@Schema(description = "Hash of the entry before in the chain") String previousHash,
			@Schema(description = "Hash of this entry") String hash) {

		static AuditEntryResponse of(AuditEntry entry) {
			return new AuditEntryResponse(entry.seq(), entry.occurredAt(), entry.actorId(), entry.actorLabel(),
					AuditAction.valueOf(entry.action()),
					(entry.entityType() != null) ? AuditEntityType.of(entry.entityType()).orElseThrow() : null,
					entry.entityId(), entry.organisationId(), entry.address(),
					AuditEvent.Outcome.valueOf(entry.outcome()), entry.details(), entry.previousHash(), entry.hash());
		}

	}

}
