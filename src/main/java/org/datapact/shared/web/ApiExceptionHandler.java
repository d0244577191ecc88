package org.datapact.shared.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.BusyException;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into problem+json with a localised title and detail,
 * and field errors where validation failed. Exception messages never reach the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final Refusals refusals;

	private final Clock clock;

	/**
	 * The refusal auditor and clock are optional so that controller slice tests need not
	 * provide them.
	 */
	ApiExceptionHandler(MessageSource messages, ObjectProvider<Refusals> refusals, ObjectProvider<Clock> clock) {
		this.messages = messages;
		this.refusals = refusals.getIfAvailable(Refusals::none);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		this.refusals.audit(ex, request);
		return problem(HttpStatus.NOT_FOUND, locale);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex, Locale locale) {
		long seconds = ex.retryAfterSeconds(this.clock);
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.TOO_MANY_REQUESTS, locale);
		response.getBody().setDetail(this.messages.getMessage(ex.messageKey(), new Object[] { seconds }, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(response.getBody());
	}

	@ExceptionHandler(BusyException.class)
	ResponseEntity<ProblemDetail> busy(Locale locale) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, this.messages, locale);
		problem.setDetail(this.messages.getMessage("error.busy", null, locale));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, locale);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<ProblemDetail> conflict(Locale locale) {
		return problem(HttpStatus.CONFLICT, locale);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), (ex.arguments().length > 0) ? ex.arguments() : null,
				ex.messageKey(), locale);
		if (ex.field() == null) {
			// no field at fault: the record's state does not allow the step, as on pages
			ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, locale);
			response.getBody().setDetail(message);
			return response;
		}
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, locale);
		Problems.withErrors(response.getBody(), Map.of(ex.field(), message));
		return response;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> built(ProblemException ex) {
		return ResponseEntity.status(ex.problem().getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.problem());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		log.error("Unexpected error in API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, locale);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, this.messages, locale);
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.putIfAbsent(error.getField(), this.messages.getMessage(error, locale)));
		Problems.withErrors(body, errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		ProblemDetail problem = Problems.of((status != null) ? status : HttpStatus.BAD_REQUEST, this.messages,
				request.getLocale());
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, Locale locale) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, this.messages, locale));
	}

}
