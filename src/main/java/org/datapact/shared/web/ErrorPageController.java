package org.datapact.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error that reaches the container: a page for people, problem+json for the
 * API. It never shows an exception message or a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String reasonKey = (request.getAttribute(Problems.DETAIL_KEY) instanceof String key) ? key : null;
		if (ApiRequests.isApi(path, request.getHeader("Accept"))) {
			ProblemDetail problem = Problems.of(status, this.messages, locale);
			problem.setInstance(instance(path));
			if (reasonKey != null) {
				problem.setDetail(this.messages.getMessage(reasonKey, null, locale));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(viewFor(status));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reasonKey", reasonKey);
		page.addObject("datapactCsrfRejected", Boolean.TRUE.equals(request.getAttribute("datapact.csrfRejected")));
		return page;
	}

	/**
	 * The failed request's path, as problem+json's {@code instance} names it (otherwise
	 * it would be this error page's); none when the path is no valid URI reference.
	 */
	private static @Nullable URI instance(@Nullable String path) {
		if (path == null) {
			return null;
		}
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The failed request's status; a request for {@code /error} itself, with no failure
	 * behind it, finds nothing there.
	 */
	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String viewFor(HttpStatus status) {
		return switch (status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 409 -> "error/409";
			default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
		};
	}

}
