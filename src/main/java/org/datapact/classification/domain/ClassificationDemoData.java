package org.datapact.classification.domain;

import java.util.Set;
import java.util.UUID;

import org.datapact.classification.domain.ContextService.ContextCommand;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo: a change of context declared for Kenya that starts in two weeks, so the contexts
 * page shows one waiting for its date (and the demo project in Kenya is marked and
 * classified again when it comes).
 */
@Component
@Profile("demo")
@Order(4)
class ClassificationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ClassificationDemoData.class);

	private static final CurrentUser SETUP = new CurrentUser(UUID.randomUUID(), "demo-setup", "Demo set-up",
			UUID.randomUUID(), Set.of(Role.ADMIN));

	private final ContextService contexts;

	private final JdbcClient jdbc;

	ClassificationDemoData(ContextService contexts, JdbcClient jdbc) {
		this.contexts = contexts;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from classification_context where country = 'KE'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.contexts.declare(SETUP,
				new ContextCommand("KE", "active_conflict",
						"Demo: clashes expected along the border after the elections; in force from its start date.",
						this.contexts.today().plusDays(14), null));
		log.info("Demo data: declared a change of context for Kenya that starts in two weeks");
	}

}
