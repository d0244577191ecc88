package org.datapact.browser;

import org.datapact.support.Fixtures;
import org.datapact.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the {@code *BrowserTest} classes: the running application, its fixtures,
 * and a {@link Browser} pointed at it.
 */
@BrowserTesting
abstract class BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void pointBrowserAtApplication() {
		browser.baseUrl("http://localhost:" + this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
