package org.datapact.focalpoint.web;

import java.util.Map;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.datapact.focalpoint.domain.Confirmations;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.FocalPointView;
import org.datapact.focalpoint.domain.OrganisationFocalPoints;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Focal points",
		description = "Each organisation's primary and secondary focal points (IOM Table C), with handover")
class FocalPointApiController {

	private static final String ORGANISATION_ID = "The organisation's id";

	private static final String FOCAL_POINT_ID = "The id of the focal point holding";

	private static final String ROLE = "The focal point role";

	private final FocalPointService focalPoints;

	private final Confirmations confirmations;

	FocalPointApiController(FocalPointService focalPoints, Confirmations confirmations) {
		this.focalPoints = focalPoints;
		this.confirmations = confirmations;
	}

	@GetMapping("/organisations/{id}/focal-points")
	@Operation(operationId = "getOrganisationFocalPoints",
			summary = "Read an organisation's focal points, successors and what needs attention",
			description = "Today's primary and secondary focal point, any designated successor with the handover, "
					+ "and flags for a vacant role or a confirmation that is due. Reading contact details is audited.")
	OrganisationFocalPoints overview(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id) {
		return this.focalPoints.overview(me, id);
	}

	@GetMapping("/organisations/{id}/focal-points/history")
	@Operation(operationId = "listFocalPointHistory", summary = "List everyone who held each focal point role",
			description = "A page of them, by role then newest first; people whose details were erased appear as "
					+ "placeholders.")
	PageResponse<FocalPointView> history(CurrentUser me,
			@Parameter(description = ORGANISATION_ID) @PathVariable UUID id, @Paged PageQuery query) {
		return PageResponse.of(this.focalPoints.history(me, id, query));
	}

	@PostMapping("/organisations/{id}/focal-points/{role}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "appointFocalPoint", summary = "Appoint the first holder of a vacant role",
			description = "Admins only. A role that has a holder is handed over with a successor instead (409).")
	FocalPointView appoint(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id,
			@Parameter(description = ROLE,
					schema = @Schema(allowableValues = { "primary", "secondary" })) @PathVariable String role,
			@Valid @RequestBody ContactDetailsForm body) {
		return this.focalPoints.appoint(me, id, Roles.parse(role), body.input());
	}

	@PostMapping("/organisations/{id}/focal-points/{role}/successor")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "designateFocalPointSuccessor",
			summary = "Designate who takes a focal point role over from a date",
			description = "Admins only, with a handover record. The focal points of counterpart organisations "
					+ "are e-mailed the new contact details.")
	FocalPointView designate(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id,
			@Parameter(description = ROLE,
					schema = @Schema(allowableValues = { "primary", "secondary" })) @PathVariable String role,
			@Valid @RequestBody SuccessorForm body) {
		return this.focalPoints.designateSuccessor(me, id, Roles.parse(role), body.input(), body.effectiveFrom(),
				body.handover());
	}

	@DeleteMapping("/organisations/{id}/focal-points/{role}/successor")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "cancelFocalPointSuccessor", summary = "Withdraw a designated successor",
			description = "Admins only, before the successor takes over.")
	void cancelSuccessor(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id,
			@Parameter(description = ROLE,
					schema = @Schema(allowableValues = { "primary", "secondary" })) @PathVariable String role) {
		this.focalPoints.cancelSuccessor(me, id, Roles.parse(role));
	}

	@PostMapping("/organisations/{id}/focal-points/handover-items/{itemId}/done")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "completeHandoverItem", summary = "Tick a handover checklist item",
			description = "Admins, or the outgoing focal point.")
	void completeHandoverItem(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id,
			@Parameter(description = "The checklist item's id") @PathVariable UUID itemId) {
		this.focalPoints.completeHandoverItem(me, id, itemId);
	}

	@GetMapping("/focal-points/{id}")
	@Operation(operationId = "getFocalPoint", summary = "Read one holding of a focal point role",
			description = "With contact details; the read is audited.")
	FocalPointView get(CurrentUser me, @Parameter(description = FOCAL_POINT_ID) @PathVariable UUID id) {
		return this.focalPoints.get(me, id);
	}

	@PutMapping("/focal-points/{id}")
	@Operation(operationId = "correctFocalPoint", summary = "Correct a holder's contact details",
			description = "Admins only. Send the version last read: 409 when someone changed it meanwhile.")
	FocalPointView correct(CurrentUser me, @Parameter(description = FOCAL_POINT_ID) @PathVariable UUID id,
			@Valid @RequestBody ContactDetailsForm body) {
		if (body.version() == null) {
			throw new InvalidRequestException("version", "focalPoint.version.required");
		}
		return this.focalPoints.correct(me, id, body.version(), body.input());
	}

	@PostMapping("/focal-points/{id}/erase")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "eraseFocalPoint", summary = "Erase the personal details of a former focal point",
			description = "Admins only, for someone who no longer holds the role. The audit chain stays valid.")
	void erase(CurrentUser me, @Parameter(description = FOCAL_POINT_ID) @PathVariable UUID id) {
		this.focalPoints.erase(me, id);
	}

	@PostMapping("/focal-points/{id}/confirmation-request")
	@Operation(operationId = "requestFocalPointConfirmation",
			summary = "E-mail the holder a link to confirm their details",
			description = "Admins only. The link is single-use; `sent` is false when no mail could be sent.")
	ConfirmationRequested requestConfirmation(CurrentUser me,
			@Parameter(description = FOCAL_POINT_ID) @PathVariable UUID id) {
		return new ConfirmationRequested(this.confirmations.request(me, id));
	}

	/** Whether the confirmation mail went out. */
	record ConfirmationRequested(@Schema(description = "Whether the mail was sent") boolean sent) {
	}

}
