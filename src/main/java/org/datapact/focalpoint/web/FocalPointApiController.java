package org.datapact.focalpoint.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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

	private final FocalPointService focalPoints;

	private final Confirmations confirmations;

	FocalPointApiController(FocalPointService focalPoints, Confirmations confirmations) {
		this.focalPoints = focalPoints;
		this.confirmations = confirmations;
	}

	@GetMapping("/organisations/{id}/focal-points")
	@Operation(summary = "An organisation's focal points today, designated successors and what needs attention")
	OrganisationFocalPoints overview(CurrentUser me, @PathVariable UUID id) {
		return this.focalPoints.overview(me, id);
	}

	@GetMapping("/organisations/{id}/focal-points/history")
	@Operation(operationId = "listFocalPointHistory",
			summary = "A page of everyone who held each role, by role then newest first; erased people as placeholders")
	PageResponse<FocalPointView> history(CurrentUser me, @PathVariable UUID id, @Paged PageQuery query) {
		return PageResponse.of(this.focalPoints.history(me, id, query));
	}

	@PostMapping("/organisations/{id}/focal-points/{role}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint the first holder of a vacant role (admins)")
	FocalPointView appoint(CurrentUser me, @PathVariable UUID id, @PathVariable String role,
			@Valid @RequestBody ContactDetailsForm body) {
		return this.focalPoints.appoint(me, id, Roles.parse(role), body.input());
	}

	@PostMapping("/organisations/{id}/focal-points/{role}/successor")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Designate who takes a role over from a date, with a handover (admins); "
			+ "counterparts' focal points are e-mailed the new contact details")
	FocalPointView designate(CurrentUser me, @PathVariable UUID id, @PathVariable String role,
			@Valid @RequestBody SuccessorForm body) {
		return this.focalPoints.designateSuccessor(me, id, Roles.parse(role), body.input(), body.effectiveFrom(),
				body.handover());
	}

	@DeleteMapping("/organisations/{id}/focal-points/{role}/successor")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a designated successor before they take over (admins)")
	void cancelSuccessor(CurrentUser me, @PathVariable UUID id, @PathVariable String role) {
		this.focalPoints.cancelSuccessor(me, id, Roles.parse(role));
	}

	@PostMapping("/organisations/{id}/focal-points/handover-items/{itemId}/done")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tick a handover checklist item (admins, or the outgoing focal point)")
	void completeHandoverItem(CurrentUser me, @PathVariable UUID id, @PathVariable UUID itemId) {
		this.focalPoints.completeHandoverItem(me, id, itemId);
	}

	@GetMapping("/focal-points/{id}")
	@Operation(summary = "One holding of a focal point role, with contact details (audited)")
	FocalPointView get(CurrentUser me, @PathVariable UUID id) {
		return this.focalPoints.get(me, id);
	}

	@PutMapping("/focal-points/{id}")
	@Operation(summary = "Correct a holder's contact details (admins); 409 when the version is stale")
	FocalPointView correct(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ContactDetailsForm body) {
		if (body.version() == null) {
			throw new InvalidRequestException("version", "focalPoint.version.required");
		}
		return this.focalPoints.correct(me, id, body.version(), body.input());
	}

	@PostMapping("/focal-points/{id}/erase")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase the personal details of a focal point who has left (admins)")
	void erase(CurrentUser me, @PathVariable UUID id) {
		this.focalPoints.erase(me, id);
	}

	@PostMapping("/focal-points/{id}/confirmation-request")
	@Operation(summary = "E-mail the holder a single-use link to confirm their details (admins)")
	Map<String, Boolean> requestConfirmation(CurrentUser me, @PathVariable UUID id) {
		return Map.of("sent", this.confirmations.request(me, id));
	}

}
