package org.datapact.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.datapact.support.Fixtures;
import org.datapact.support.TestMailServer;
import org.datapact.support.TestDatabaseInitializer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port and real PostgreSQL, for driving with a real
 * browser ({@link Browser}). Every browser request comes from 127.0.0.1, so the
 * per-address sign-in limit is raised; the per-account limit stays as configured. Mail
 * goes to a real SMTP server ({@link TestMailServer}), and the application's clock is a
 * {@link org.datapact.support.MutableClock} that tests may move. All browser test classes
 * share this one configuration, and so one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import({ Fixtures.class, BrowserTestConfiguration.class })
@TestPropertySource(properties = "datapact.sign-in.address-limit=1000")
public @interface BrowserTesting {

}
