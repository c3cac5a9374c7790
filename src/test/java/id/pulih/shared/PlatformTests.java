package id.pulih.shared;

import id.pulih.demo.DemoUsers;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health, the API description, and the audit trail page. */
@PulihSpringTest
class PlatformTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void healthIsPublicAndUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/areas']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/areas'].get.tags", hasItem("Areas")));
	}

	@Test
	void theApiDocumentationOpensWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/api/v1/docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui")));
	}

	@Test
	void administratorsSearchTheAuditTrail() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("action", "organisation.registered")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM_UNIT IBM-3201022004")));
		this.mvc
			.perform(get("/admin/audit").param("entityId", "not-an-id").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bukan ID yang sah")));
		this.mvc.perform(get("/admin/audit").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isForbidden());
	}

}
