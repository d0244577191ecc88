package org.datapact.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application under test at {@link TestDatabase}: migrations as the owner, the
 * application as its own, restricted role.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection database = TestDatabase.get();
		List<String> properties = new ArrayList<>(
				List.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password()));
		if (database.separateOwner()) {
			properties.add("spring.flyway.user=" + database.ownerUsername());
			properties.add("spring.flyway.password=" + database.ownerPassword());
		}
		TestPropertyValues.of(properties).applyTo(context);
	}

}
