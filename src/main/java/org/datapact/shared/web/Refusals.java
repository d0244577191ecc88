package org.datapact.shared.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audits a refusal the web layer answers: a 404 given for tenancy reasons (another
 * organisation's record) is written with the request that tried, in a transaction of its
 * own. It is written just after the answer, by a background writer: written before, it
 * would make the answer for someone else's record slower than the one for a missing
 * record, and the difference would tell that the record exists.
 */
@Component
class Refusals implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Refusals.class);

	private final ApplicationEventPublisher events;

	private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(10_000), (task) -> {
				Thread thread = new Thread(task, "audit-refusals");
				thread.setDaemon(true);
				return thread;
			}, (task, executor) -> log.warn("Too many denied accesses waiting to be audited: one was dropped"));

	Refusals(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Audits nothing: for controller slice tests that do not run the whole application.
	 */
	static Refusals none() {
		return new Refusals((event) -> {
		});
	}

	void audit(NotFoundException ex, HttpServletRequest request) {
		ex.denial().ifPresent((denial) -> {
			AuditEvent event = denial.withDetails(request.getMethod() + " " + request.getRequestURI());
			String address = ClientAddress.of(request);
			this.writer.execute(() -> ClientAddress.actingFor(address, () -> write(event)));
		});
	}

	private void write(AuditEvent event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.warn("A denied access could not be audited: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(10, TimeUnit.SECONDS);
	}

}
