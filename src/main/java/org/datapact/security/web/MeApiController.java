package org.datapact.security.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.datapact.security.PasswordChanges;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.ApiTokenView;
import org.datapact.security.domain.LoginHistory;
import org.datapact.security.domain.LoginHistoryEntry;
import org.datapact.security.domain.NewApiToken;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.api.ProblemResponse;
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
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The caller's own account: profile, sign-in history, API tokens, password")
class MeApiController {

	private final LoginHistory history;

	private final ApiTokenService tokens;

	private final PasswordChanges passwords;

	MeApiController(LoginHistory history, ApiTokenService tokens, PasswordChanges passwords) {
		this.history = history;
		this.tokens = tokens;
		this.passwords = passwords;
	}

	@GetMapping
	@Operation(operationId = "getMe", summary = "Read who the caller is",
			description = "The caller's id, username, name, organisation and roles.")
	CurrentUser me(CurrentUser me) {
		return me;
	}

	@GetMapping("/logins")
	@Operation(operationId = "listMyLogins", summary = "List the caller's sign-ins",
			description = "A page of the sign-in attempts on the caller's account, successful or not, newest first.")
	PageResponse<LoginHistoryEntry> logins(CurrentUser me, @Paged PageQuery query) {
		return PageResponse.of(this.history.page(me.id(), query));
	}

	@GetMapping("/tokens")
	@Operation(operationId = "listMyTokens", summary = "List the caller's personal API tokens",
			description = "A page of the active, expired and revoked tokens, newest first; never their secrets. "
					+ "Needs a signed-in session: a token is refused.")
	PageResponse<ApiTokenView> tokens(CurrentUser me, @Paged PageQuery query) {
		return PageResponse.of(this.tokens.list(me, query));
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createMyToken", summary = "Create a personal API token",
			description = "The token acts as the caller until it expires or is revoked, read-only unless scope "
					+ "READ_WRITE is asked for. Its secret is in this answer only: keep it. Needs a signed-in "
					+ "session: a token cannot make tokens.")
	NewApiToken createToken(CurrentUser me, @Valid @RequestBody TokenForm body) {
		return this.tokens.create(me, body.name(), body.validDays(), body.scope());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeMyToken", summary = "Revoke one of the caller's tokens",
			description = "The token stops working at once. Needs a signed-in session.")
	void revokeToken(CurrentUser me, @Parameter(description = "The token's id") @PathVariable UUID id) {
		this.tokens.revoke(me, id);
	}

	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "changeMyPassword", summary = "Change the caller's password",
			description = "With the current password; the new one must pass the password rules and be typed twice. "
					+ "Needs a signed-in session, which carries on with a new id; every other session and every "
					+ "API token of the account end. Wrong current passwords are throttled like sign-ins.")
	@ProblemResponse(status = 429, description = "Too many wrong current passwords: wait as Retry-After says")
	void changePassword(CurrentUser me, @Valid @RequestBody PasswordForm body) {
		this.passwords.change(me, body.currentPassword(), body.newPassword(), body.confirmPassword());
	}

}
