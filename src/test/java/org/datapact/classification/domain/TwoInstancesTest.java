package org.datapact.classification.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.datapact.DataPactApplication;
import org.datapact.classification.domain.ClassificationSchedule.Ran;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.bus.ClusterBus;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two DataPact instances on one database: this test's application context and a second
 * one started beside it. The scheduled job runs on one of them only, and a rule set
 * published on one is in force on the other at once (its cache dropped over the cluster
 * bus, not read again on demand).
 */
@IntegrationTest
class TwoInstancesTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static ConfigurableApplicationContext other;

	@Autowired
	ClassificationSchedule schedule;

	@Autowired
	RuleSetAdministration administration;

	@Autowired
	ClusterBus bus;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startTheOtherInstance() {
		TestDatabase.Connection database = TestDatabase.get();
		// arguments, not default properties: application.properties sets the URL from
		// DATABASE_URL
		other = new SpringApplicationBuilder(DataPactApplication.class).run("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--server.port=0",
				"--spring.datasource.hikari.maximum-pool-size=4", "--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void theScheduledJobRunsOnOneInstanceOnly() throws Exception {
		this.jdbc.sql("delete from shedlock where name = 'classification-clock'").update();
		ClassificationSchedule otherSchedule = other.getBean(ClassificationSchedule.class);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			List<Future<Ran>> runs = new ArrayList<>();
			for (ClassificationSchedule instance : List.of(this.schedule, otherSchedule)) {
				Callable<Ran> tick = () -> {
					go.await();
					return instance.tick();
				};
				runs.add(both.submit(tick));
			}
			go.countDown();
			List<Ran> ran = new ArrayList<>();
			for (Future<Ran> run : runs) {
				Ran result = run.get(2, TimeUnit.MINUTES);
				if (result != null) {
					ran.add(result);
				}
			}
			assertThat(ran).as("ticks that ran").hasSize(1);
			// and the lock is held a while: the same hour's tick on either instance is
			// skipped
			assertThat(otherSchedule.tick()).isNull();
			assertThat(this.schedule.tick()).isNull();
		}
		finally {
			both.shutdownNow();
			this.jdbc.sql("delete from shedlock where name = 'classification-clock'").update();
		}
	}

	@Test
	void aRuleSetPublishedOnOneInstanceIsInForceOnTheOtherAtOnce() {
		await().atMost(WAIT).until(() -> this.bus.isListening() && other.getBean(ClusterBus.class).isListening());
		RuleSets otherRules = other.getBean(RuleSets.class);
		int before = otherRules.current().definition().version();

		CurrentUser admin = this.fixtures.admin().current();
		RuleSetTesting.restoreDefault(this.administration, admin);
		int published = this.administration.inForce(admin).summary().version();
		assertThat(published).isGreaterThan(before);

		await().atMost(WAIT).until(() -> otherRules.current().definition().version() == published);
	}

}
