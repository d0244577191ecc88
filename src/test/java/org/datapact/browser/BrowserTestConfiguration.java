package org.datapact.browser;

import org.datapact.support.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What browser tests control in the running application: its clock. */
@TestConfiguration(proxyBeanMethods = false)
class BrowserTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

}
