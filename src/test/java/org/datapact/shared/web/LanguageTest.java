package org.datapact.shared.web;

import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/** The interface speaks the chosen language, else the browser's, else English. */
@IntegrationTest
@AutoConfigureMockMvc
class LanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void followsTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"))
			.andExpect(content().string(containsString("<h1 class=\"h3 mb-3\">Connexion</h1>")));
	}

	@Test
	void fallsBackToEnglishForLanguagesWithoutBundles() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void aChosenLanguageWinsAndIsRemembered() throws Exception {
		this.mvc.perform(get("/login").param("lang", "fr").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(cookie().value("datapact-lang", "fr"));
		this.mvc.perform(get("/login").param("lang", "xx-invalid"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

}
