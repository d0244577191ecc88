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

	private final OrganisationService organisations;

	OrganisationApiController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(operationId = "listOrganisations",
			summary = "A page of the organisations the caller may see (partners and volunteers: only their own), by name")
	PageResponse<OrganisationView> list(CurrentUser me,
			@Parameter(description = "Only organisations whose name contains this text, ignoring case") @RequestParam(
					required = false) String q,
			@Paged(sort = "name") PageQuery query) {
		return PageResponse.of(this.organisations.list(me, q, query));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation; another organisation's id answers 404 for partners")
	OrganisationView get(CurrentUser me, @PathVariable UUID id) {
		return this.organisations.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an organisation (admins)")
	OrganisationView create(CurrentUser me, @Valid @RequestBody OrganisationForm body) {
		return this.organisations.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an organisation (admins); 409 when the version is stale")
	OrganisationView update(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody OrganisationUpdate body) {
		return this.organisations.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate an organisation (admins): its users can no longer sign in")
	OrganisationView deactivate(CurrentUser me, @PathVariable UUID id) {
		return this.organisations.setActive(me, id, false);
	}

	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Reactivate an organisation (admins)")
	OrganisationView reactivate(CurrentUser me, @PathVariable UUID id) {
		return this.organisations.setActive(me, id, true);
	}

	record OrganisationUpdate(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*") String name,
			@Pattern(regexp = "^$|^[A-Za-z]{2}$") String countryCode, @NotNull Long version) {

		OrganisationCommand command() {
			return new OrganisationCommand(this.name, null, this.countryCode);
		}

	}

}
