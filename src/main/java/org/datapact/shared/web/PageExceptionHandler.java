package org.datapact.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain failures on pages to the shared error pages with the right status. Model
 * attributes from {@link LayoutModelAdvice} are not applied to exception handlers' views,
 * so the layout's are added here.
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

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request) {
		return page("error/409", HttpStatus.CONFLICT, request);
	}

	private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("me", CurrentUser.fromSecurityContext().orElse(null));
		page.addObject("currentPath", request.getRequestURI());
		return page;
	}

}
