package org.datapact.organisation.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.datapact.organisation.domain.CreatedUser;
import org.datapact.organisation.domain.UserFilter;
import org.datapact.organisation.domain.UserService;
import org.datapact.organisation.domain.UserView;
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
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People who sign in to DataPact")
class UserApiController {

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(operationId = "listUsers",
			summary = "A page of the users the caller may see (partners and volunteers: their organisation's), "
					+ "optionally of one organisation or matching a text")
	PageResponse<UserView> list(CurrentUser me,
			@Parameter(description = "Only this organisation's users; another organisation's id answers 404 for "
					+ "partners and volunteers") @RequestParam(required = false) UUID organisationId,
			@Parameter(
					description = "Only users whose name or username contains this text, ignoring case") @RequestParam(
							required = false) String q,
			@Paged(sort = { "displayName", "username", "createdAt" }) PageQuery query) {
		return PageResponse.of(this.users.list(me, new UserFilter(organisationId, q), query));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user; another organisation's user answers 404 for partners")
	UserView get(CurrentUser me, @PathVariable UUID id) {
		return this.users.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user (admins); the temporary password is returned once")
	CreatedUser create(CurrentUser me, @Valid @RequestBody UserForm body) {
		return this.users.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a user's name, e-mail and roles (admins); 409 when the version is stale")
	UserView update(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody UserUpdateForm body) {
		return this.users.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a user (admins)")
	UserView deactivate(CurrentUser me, @PathVariable UUID id) {
		return this.users.setActive(me, id, false);
	}

	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Reactivate a user (admins)")
	UserView reactivate(CurrentUser me, @PathVariable UUID id) {
		return this.users.setActive(me, id, true);
	}

	@PostMapping("/{id}/reset-password")
	@Operation(summary = "Reset a user's password (admins); they must change it at next sign-in")
	CreatedUser resetPassword(CurrentUser me, @PathVariable UUID id) {
		return this.users.resetPassword(me, id);
	}

}
