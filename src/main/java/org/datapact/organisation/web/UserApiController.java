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

	private static final String USER_ID = "The user's id";

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(operationId = "listUsers", summary = "List the users the caller may see",
			description = "A page of them. Scopers and admins see everyone; partner staff and volunteers the people "
					+ "of their own organisation. Optionally only those of one organisation or matching a text.")
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
	@Operation(operationId = "getUser", summary = "Read a user",
			description = "Another organisation's user answers 404 for partner staff and volunteers.")
	UserView get(CurrentUser me, @Parameter(description = USER_ID) @PathVariable UUID id) {
		return this.users.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createUser", summary = "Create a user",
			description = "Admins only. The answer carries a temporary password, once; the user must change it "
					+ "at first sign-in.")
	CreatedUser create(CurrentUser me, @Valid @RequestBody UserForm body) {
		return this.users.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateUser", summary = "Change a user's name, e-mail and roles",
			description = "Admins only. Send the version last read: 409 when someone changed the user meanwhile.")
	UserView update(CurrentUser me, @Parameter(description = USER_ID) @PathVariable UUID id,
			@Valid @RequestBody UserUpdateForm body) {
		return this.users.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(operationId = "deactivateUser", summary = "Deactivate a user",
			description = "Admins only. The user can no longer sign in; their tokens stop working.")
	UserView deactivate(CurrentUser me, @Parameter(description = USER_ID) @PathVariable UUID id) {
		return this.users.setActive(me, id, false);
	}

	@PostMapping("/{id}/reactivate")
	@Operation(operationId = "reactivateUser", summary = "Reactivate a user",
			description = "Admins only. The user can sign in again.")
	UserView reactivate(CurrentUser me, @Parameter(description = USER_ID) @PathVariable UUID id) {
		return this.users.setActive(me, id, true);
	}

	@PostMapping("/{id}/reset-password")
	@Operation(operationId = "resetUserPassword", summary = "Reset a user's password",
			description = "Admins only. The answer carries a new temporary password, once; the user must change "
					+ "it at next sign-in.")
	CreatedUser resetPassword(CurrentUser me, @Parameter(description = USER_ID) @PathVariable UUID id) {
		return this.users.resetPassword(me, id);
	}

}
