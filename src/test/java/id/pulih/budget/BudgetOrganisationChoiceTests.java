package id.pulih.budget;

import java.util.Locale;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Choosing an organisation on the budget page when the scope holds many: organisations
 * that keep no budget (network partners, IBM units) never crowd the others out of the
 * lists, and any organisation of the scope can be found by name or code, with htmx or by
 * submitting the page, and then chosen.
 * <p>
 * The test's health office holds 200 network partners whose names sort before its new
 * Puskesmas, so the Puskesmas comes after the first 200 organisations of the office's
 * scope (and of the West Java manager's).
 */
@PulihSpringTest
class BudgetOrganisationChoiceTests {

	private static final int PARTNERS = 200;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Budgets budgets;

	private BudgetWorld world;

	private UUID late;

	private String lateName;

	private String officeManager;

	@BeforeEach
	void createAnOfficeWithManyPartners() {
		this.world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
		Scope national = Scope.national();
		for (int i = 0; i < PARTNERS; i++) {
			this.organisations.register(new NewOrganisation(null, this.world.code("MITRA-" + i),
					"Zzzz Mitra Uji " + this.world.suffix + " " + (1000 + i), OrganisationType.NETWORK_PARTNER,
					this.world.dinkes, "32.73", null), national);
		}
		this.lateName = "Zzzz Puskesmas Belakang " + this.world.suffix;
		this.late = this.organisations
			.register(new NewOrganisation(null, this.world.code("PKM-Z"), this.lateName, OrganisationType.PUSKESMAS,
					this.world.dinkes, "32.73", null), national)
			.id();
		this.officeManager = this.world.user(this.access, "pm", Role.PROGRAMME_MANAGER, this.world.dinkes);
	}

	private MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request, String username) {
		return request.with(this.users.as(username));
	}

	@Test
	void organisationsWithoutABudgetNeverCrowdThePuskesmasOut() throws Exception {
		assertThat(this.organisations.search(this.users.load(this.officeManager).scope(), null, null, false, 200))
			.as("the Puskesmas is not among the first 200 organisations of the office's scope")
			.noneMatch(o -> o.id().equals(this.late));
		this.mvc.perform(asUser(get("/budget"), this.officeManager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.late + "\"")))
			.andExpect(content().string(containsString(this.lateName)))
			.andExpect(content().string(not(containsString("Zzzz Mitra Uji"))));
		PulihUser manager = this.users.load(this.officeManager);
		assertThat(this.budgets.organisationChoices(manager, null, true, 500)).extracting(o -> o.type())
			.doesNotContain(OrganisationType.NETWORK_PARTNER, OrganisationType.IBM_UNIT)
			.contains(OrganisationType.PUSKESMAS, OrganisationType.DINKES_REGENCY);
	}

	@Test
	void anyPuskesmasOfTheScopeIsFoundBySearchingAndChosen() throws Exception {
		String term = "belakang " + this.world.suffix;
		// with htmx: the options of the form's list
		this.mvc
			.perform(asUser(
					get("/budget/organisations").header("HX-Request", "true").param("q", term).param("kept", "true"),
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.late + "\"")))
			.andExpect(content().string(containsString(this.lateName)))
			.andExpect(content().string(not(containsString("Puskesmas Uji A " + this.world.suffix))))
			.andExpect(content().string(not(containsString("<html"))));
		// by code, and partners are never offered even when they match
		this.mvc
			.perform(asUser(get("/budget/organisations").header("HX-Request", "true")
				.param("q", this.world.code("PKM-Z").toLowerCase(Locale.ROOT)), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.late + "\"")));
		this.mvc
			.perform(asUser(get("/budget/organisations").header("HX-Request", "true")
				.param("q", "Zzzz Mitra Uji " + this.world.suffix), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Zzzz Mitra Uji"))));
		// without JavaScript: the page itself, narrowed by q, in the view's list and the
		// forms'
		this.mvc.perform(asUser(get("/budget").param("q", term), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"allocation-organisation-search\"")))
			.andExpect(content().string(containsString("form=\"allocation-organisation-search\"")))
			.andExpect(content().string(containsString("hx-get=\"/budget/organisations?kept=true\"")))
			.andExpect(content().string(containsString("hx-target=\"#allocation-organisation\"")))
			.andExpect(content().string(containsString("id=\"allocation-organisation\"")))
			.andExpect(content().string(containsString("value=\"" + this.late + "\"")))
			.andExpect(content().string(not(containsString("Puskesmas Uji A " + this.world.suffix))));

		this.mvc
			.perform(asUser(post("/budget/allocations").with(csrf()), DemoUsers.PROGRAMME_MANAGER)
				.param("year", String.valueOf(this.world.year))
				.param("organisationId", this.late.toString())
				.param("source", "APBD")
				.param("line", "HIV_TESTING")
				.param("amount", "7.500.000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "budget.allocation.saved"));
		assertThat(this.world.allocationsOf(this.late)).isOne();

		// the organisation being shown stays in its list, whatever the list's length
		this.mvc
			.perform(asUser(get("/budget").param("organisationId", this.late.toString()), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.late + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("Rp 7.500.000")));
	}

	@Test
	void aRehabilitationOfficerFindsOnlyBnnOfficesForTheForms() throws Exception {
		this.mvc
			.perform(asUser(get("/budget/organisations").header("HX-Request", "true").param("kept", "true"),
					this.world.rehabName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.bnnk + "\"")));
		assertThat(this.budgets.organisationChoices(this.world.rehab, null, true, 500)).extracting(o -> o.type())
			.containsOnly(OrganisationType.BNNK);
		this.mvc
			.perform(asUser(get("/budget/organisations").header("HX-Request", "true").param("kept", "true"),
					DemoUsers.FIELD_OFFICER))
			.andExpect(status().isForbidden());
	}

}
