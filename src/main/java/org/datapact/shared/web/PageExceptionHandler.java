package org.datapact.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page("error/404", HttpStatus.NOT_FOUND, request);
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
