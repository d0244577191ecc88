package org.datapact.security;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void documentsEveryApiAndHowToAuthenticate() throws Exception {
		MockHttpSession session = Logins.signIn(this.mvc, this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
		this.mvc.perform(get("/v3/api-docs").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/organisations/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/users")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/me/tokens")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/audit/verification")))
			.andExpect(jsonPath("$.paths", not(hasKey("/organisations"))))
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist());
	}

	@Test
	void documentsPagingOnceForEveryPagedList() throws Exception {
		MockHttpSession session = Logins.signIn(this.mvc, this.fixtures.admin());
		String audit = "$.paths['/api/v1/audit'].get.parameters";
		this.mvc.perform(get("/v3/api-docs").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath(audit + "[?(@.name == 'page')].schema.minimum").value(0))
			.andExpect(jsonPath(audit + "[?(@.name == 'size')].schema.maximum").value(100))
			.andExpect(jsonPath(audit + "[?(@.name == 'size')].schema.default").value(20))
			.andExpect(jsonPath(audit + "[?(@.name == 'action')].in").value("query"))
			.andExpect(jsonPath(audit + "[?(@.name == 'sort')]").isEmpty())
			.andExpect(jsonPath(audit + "[?(@.name == 'ascending')]").isEmpty())
			.andExpect(jsonPath(audit + "[?(@.name == 'filter')]").isEmpty())
			.andExpect(jsonPath("$.components.schemas.PageResponseAuditEntryResponse.properties", hasKey("totalItems")))
			.andExpect(jsonPath("$.components.schemas.Links.properties", hasKey("next")));
	}

	@Test
	void anonymousCallersGetNoDocumentation() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

}
