package org.datapact.organisation.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.OrganisationView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Partner organisations and the operating organisation")
class OrganisationApiController {

	private static final String ORGANISATION_ID = "The organisation's id";

	private final OrganisationService organisations;

	OrganisationApiController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(operationId = "listOrganisations", summary = "List the organisations the caller may see",
			description = "A page of them, by name. Scopers and admins see every organisation; partner staff and "
					+ "volunteers only their own.")
	PageResponse<OrganisationView> list(CurrentUser me,
			@Parameter(description = "Only organisations whose name contains this text, ignoring case") @RequestParam(
					required = false) String q,
			@Paged(sort = "name") PageQuery query) {
		return PageResponse.of(this.organisations.list(me, q, query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrganisation", summary = "Read an organisation",
			description = "Another organisation's id answers 404 for partner staff and volunteers.")
	OrganisationView get(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id) {
		return this.organisations.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createOrganisation", summary = "Create an organisation",
			description = "Admins only. A partner organisation names its country; the operating organisation "
					+ "may leave it out.")
	OrganisationView create(CurrentUser me, @Valid @RequestBody OrganisationForm body) {
		return this.organisations.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateOrganisation", summary = "Change an organisation's name and country",
			description = "Admins only. Send the version last read: 409 when someone changed it meanwhile.")
	OrganisationView update(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id,
			@Valid @RequestBody OrganisationUpdate body) {
		return this.organisations.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(operationId = "deactivateOrganisation", summary = "Deactivate an organisation",
			description = "Admins only. Its users can no longer sign in; its records stay.")
	OrganisationView deactivate(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id) {
		return this.organisations.setActive(me, id, false);
	}

	@PostMapping("/{id}/reactivate")
	@Operation(operationId = "reactivateOrganisation", summary = "Reactivate an organisation",
			description = "Admins only. Its active users can sign in again.")
	OrganisationView reactivate(CurrentUser me, @Parameter(description = ORGANISATION_ID) @PathVariable UUID id) {
		return this.organisations.setActive(me, id, true);
	}

	record OrganisationUpdate(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*") String name,
			@Pattern(regexp = "^$|^[A-Za-z]{2}$") @Nullable String countryCode, @NotNull Long version) {

		OrganisationCommand command() {
			return new OrganisationCommand(this.name, null, this.countryCode);
		}

	}

}
