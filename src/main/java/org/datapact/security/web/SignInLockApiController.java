package org.datapact.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datapact.security.SignInLock;
import org.datapact.security.SignInLocks;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sign-in-locks")
@Tag(name = "Sign-in locks", description = "Accounts and networks the sign-in throttle holds back (admins)")
class SignInLockApiController {

	private final SignInLocks locks;

	SignInLockApiController(SignInLocks locks) {
		this.locks = locks;
	}

	@GetMapping
	@Operation(operationId = "listSignInLocks", summary = "List the sign-in locks in force",
			description = "Admins only. Newest first: locked accounts, networks that must wait, and accounts "
					+ "waiting at one address.")
	PageResponse<SignInLock> list(CurrentUser me, @Paged PageQuery query) {
		return PageResponse.of(this.locks.inForce(me, query));
	}

	@DeleteMapping("/{lockId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "liftSignInLock", summary = "Lift a sign-in lock",
			description = "Admins only. The person can sign in with their password at once.")
	void lift(CurrentUser me, @Parameter(description = "The lock's id") @PathVariable long lockId) {
		this.locks.lift(me, lockId);
	}

}
