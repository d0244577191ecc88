package org.datapact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application context on real PostgreSQL ({@link TestDatabase}), with test
 * fixtures.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(Fixtures.class)
public @interface IntegrationTest {

}
