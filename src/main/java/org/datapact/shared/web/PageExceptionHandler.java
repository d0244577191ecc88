package org.datapact.shared.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.shared.BusyException;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.TooManyRequestsException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain failures on pages to the shared error pages with the right status. Model
 * attribute methods do not run for exception handlers, so the layout's model is added
 * here.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final Refusals refusals;

	private final Clock clock;

	/**
	 * The refusal auditor and clock are optional so that controller slice tests need not
	 * provide them.
	 */
	PageExceptionHandler(ObjectProvider<Refusals> refusals, ObjectProvider<Clock> clock) {
		this.refusals = refusals.getIfAvailable(Refusals::none);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		this.refusals.audit(ex, request);
		return page("error/404", HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooMany(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response) {
		long seconds = ex.retryAfterSeconds(this.clock);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ModelAndView page = page("error/4xx", HttpStatus.TOO_MANY_REQUESTS, request);
		page.addObject("reasonKey", ex.messageKey());
		page.addObject("reasonArgument", seconds);
		return page;
	}

	@ExceptionHandler(BusyException.class)
	ModelAndView busy(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		ModelAndView page = page("error/5xx", HttpStatus.SERVICE_UNAVAILABLE, request);
		page.addObject("reasonKey", "error.busy");
		return page;
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page("error/403", HttpStatus.FORBIDDEN, request);
	}

	/**
	 * Two people changed the same thing at once: a stale version or a lost race for a
	 * unique slot.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ModelAndView conflict(HttpServletRequest request) {
		return page("error/409", HttpStatus.CONFLICT, request);
	}

	/**
	 * A step the record's state does not allow any more (e.g. a form sent twice, or after
	 * someone else moved the record on): a conflict, explained in the user's language.
	 */
	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException ex, HttpServletRequest request) {
		ModelAndView page = page("error/409", HttpStatus.CONFLICT, request);
		page.addObject("reasonKey", ex.messageKey());
		return page;
	}

	private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		page.addObject("me", LayoutModelAdvice.signedIn());
		page.addObject("currentPath", LayoutModelAdvice.pathOf(request));
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
