package id.pulih.organisation;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import id.pulih.access.AccessManagement;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation pages as their users meet them: an administrator registers a BNNP, its
 * BNNK and an IBM unit through the forms and records the unit's decrees, partners,
 * funding, yearly status and phases; bad input comes back beside its field with what was
 * typed and leaves nothing written; everybody sees only their own scope.
 */
@PulihSpringTest
class OrganisationPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private JdbcClient jdbc;

	private World world;

	@BeforeEach
	void createWorld() {
		this.world = new World(this.organisations, this.access, this.jdbc);
	}

	@Test
	void anAdministratorRegistersTheChainAndAUnitsDetailsThroughTheForms() throws Exception {
		String admin = this.world.admin;
		UUID bnnp = create(admin, "BNNP", this.world.code("P"), "BNNP Jabar " + this.world.suffix, this.world.bnn, "32",
				null);
		UUID bnnk = create(admin, "BNNK", this.world.code("K"), "BNNK Kab. Bogor " + this.world.suffix, bnnp, "32.01",
				null);
		LocalDate formed = LocalDate.of(2023, 5, 10);
		String unitName = "IBM Desa Gunungputri " + this.world.suffix;
		UUID unit = create(admin, "IBM_UNIT", this.world.code("U"), unitName, bnnk, World.GUNUNGPUTRI,
				formed.toString());

		Organisation stored = this.organisations.get(unit, Scope.national());
		assertThat(stored.parentId()).isEqualTo(bnnk);
		assertThat(stored.unit().villageCode()).isEqualTo(World.GUNUNGPUTRI);
		assertThat(stored.unit().formedOn()).isEqualTo(formed);
		assertThat(this.world.audits(unit, "organisation.registered")).isEqualTo(1);

		this.mvc
			.perform(post("/organisations/{id}/decrees", unit).param("number", "100.3.1.7/10/Kpts/II/2024")
				.param("date", "2024-02-14")
				.with(csrf())
				.with(this.users.as(admin)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc
			.perform(post("/organisations/{id}/partners", unit).param("partnerName", "PT Indocement Tunggal Prakarsa")
				.param("kind", "COMPANY")
				.param("partnerOrganisationId", "")
				.with(csrf())
				.with(this.users.as(admin)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc
			.perform(post("/organisations/{id}/funding", unit).param("source", "VILLAGE_FUND")
				.param("amount", "30000000")
				.param("year", "2024")
				.param("note", "Dana desa")
				.with(csrf())
				.with(this.users.as(admin)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc
			.perform(post("/organisations/{id}/year-status", unit).param("year", "2024")
				.param("status", "FORMED")
				.param("byOrganisationId", bnnk.toString())
				.with(csrf())
				.with(this.users.as(admin)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		for (String[] phase : new String[][] { { "PRE_PHASE", "2023-05-10" }, { "PHASE_1_PILOT", "2024-11-20" } }) {
			this.mvc
				.perform(post("/organisations/{id}/phases", unit).param("phase", phase[0])
					.param("assessedOn", phase[1])
					.with(csrf())
					.with(this.users.as(admin)))
				.andExpect(redirectedUrlPattern("/organisations/*"));
		}

		String page = this.mvc.perform(get("/organisations/{id}", unit).with(this.users.as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(unitName, "Gunungputri, Gunungputri, Kabupaten Bogor, Jawa Barat", "10 Mei 2023",
				"100.3.1.7/10/Kpts/II/2024", "PT Indocement Tunggal Prakarsa", "Perusahaan (CSR)", "Rp 30.000.000",
				"Dana desa", "Dibentuk", "BNNK Kab. Bogor " + this.world.suffix);
		// The latest assessment is the current phase, marked as such.
		assertThat(page).containsPattern(Pattern.compile(
				"aria-current=\"true\"[^>]*>\\s*<td>20 Nov 2024</td>\\s*<td>\\s*<strong>Fase 1 \\(Rintisan\\)</strong>"));

		stored = this.organisations.get(unit, Scope.national());
		assertThat(stored.decrees()).singleElement()
			.satisfies(decree -> assertThat(decree.decreeDate()).isEqualTo(LocalDate.of(2024, 2, 14)));
		assertThat(stored.partners()).singleElement()
			.satisfies(partner -> assertThat(partner.partnerKind()).isEqualTo("COMPANY"));
		assertThat(stored.fundings()).singleElement().satisfies(funding -> {
			assertThat(funding.source()).isEqualTo(FundingSource.VILLAGE_FUND);
			assertThat(funding.amount()).isEqualTo(30_000_000L);
		});
		assertThat(stored.yearStatuses()).singleElement()
			.satisfies(status -> assertThat(status.byOrganisationId()).isEqualTo(bnnk));
		assertThat(stored.currentPhase()).isEqualTo(DevelopmentPhase.PHASE_1_PILOT);
		assertThat(stored.phases()).extracting(Organisation.PhaseRecord::assessedBy).containsOnly(admin);
	}

	@Test
	void theListSearchesTheScopeAndItsPartialAnswersTyping() throws Exception {
		this.mvc.perform(get("/organisations").param("q", this.world.suffix).with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM Gunungputri " + this.world.suffix)))
			.andExpect(content().string(containsString("<html")));
		this.mvc
			.perform(get("/organisations").param("q", "cicadas " + this.world.suffix)
				.header("HX-Request", "true")
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM Cicadas " + this.world.suffix)))
			.andExpect(content().string(not(containsString("IBM Gunungputri " + this.world.suffix))))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/organisations").param("q", this.world.suffix)
				.param("type", "BNNK")
				.header("HX-Request", "true")
				.with(this.users.as(this.world.rehab)))
			.andExpect(content().string(containsString("BNNK Bogor " + this.world.suffix)))
			.andExpect(content().string(not(containsString("IBM Cicadas " + this.world.suffix))));
		// Filters edited by hand in the address bar filter nothing rather than fail.
		this.mvc
			.perform(get("/organisations").param("q", this.world.suffix)
				.param("type", "KANTOR_POS")
				.param("voided", "mungkin")
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM Cicadas " + this.world.suffix)));
		// Nothing found: the empty state says so.
		this.mvc
			.perform(get("/organisations").param("q", "tidak-ada-" + this.world.suffix)
				.header("HX-Request", "true")
				.with(this.users.as(this.world.rehab)))
			.andExpect(content().string(containsString("Tidak ada organisasi yang cocok")));
		// The recovery agent's list holds their own unit and nothing else of this world.
		this.mvc.perform(get("/organisations").param("q", this.world.suffix).with(this.users.as(this.world.agentA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM Gunungputri " + this.world.suffix)))
			.andExpect(content().string(not(containsString("IBM Cicadas " + this.world.suffix))))
			.andExpect(content().string(not(containsString("BNNK Bogor " + this.world.suffix))));
	}

	@Test
	void theTreeShowsEachOrganisationUnderItsParentAndMarksTheVoided() throws Exception {
		this.organisations.voidOrganisation(this.world.unitB, "Didaftarkan ganda", Scope.national());
		String tree = this.mvc.perform(get("/organisations/tree").with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String bnnk = "BNNK Bogor " + this.world.suffix + "</a>";
		// The units are items of the list nested in the BNNK's own item.
		assertThat(tree).containsPattern(Pattern.compile(Pattern.quote(bnnk)
				+ "(?:(?!</li>).)*?<ul>\\s*<li>\\s*<a [^>]*>IBM (Cicadas|Gunungputri) " + this.world.suffix,
				Pattern.DOTALL));
		assertThat(tree).containsPattern(Pattern.compile(
				"IBM Cicadas " + this.world.suffix + "</a>\\s*<span[^>]*>[^<]*</span>\\s*<span class=\"badge voided\">",
				Pattern.DOTALL));
		// The officer's scope starts at the BNNP: the BNN above it is not shown.
		assertThat(tree).contains("BNNP Jawa Barat " + this.world.suffix)
			.doesNotContain("BNN uji " + this.world.suffix);
	}

	@Test
	void aDuplicateCodeComesBackBesideTheFieldWithWhatWasTypedAndNothingIsWritten() throws Exception {
		String name = "BNNK kembar " + this.world.suffix;
		this.mvc
			.perform(post("/organisations").param("type", "BNNK")
				.param("code", this.world.code("BNNK"))
				.param("name", name)
				.param("parentId", this.world.bnnp.toString())
				.param("areaCode", "32.01")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "code", "organisation.error.codeTaken"))
			.andExpect(content().string(containsString("sudah dipakai organisasi lain")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("role=\"alert\"")));
		assertThat(this.world.organisationsNamed(name)).isZero();
		assertThat(this.world.organisationsWithCode(this.world.code("BNNK"))).isEqualTo(1);
	}

	@Test
	void anOversizedNameIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
		String code = this.world.code("LONG");
		this.mvc
			.perform(post("/organisations").param("type", "LSM")
				.param("code", code)
				.param("name", "x".repeat(5_000))
				.param("parentId", this.world.bnnk.toString())
				.param("areaCode", "32.01")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "name", "organisation.error.tooLong"))
			.andExpect(content().string(containsString("Terlalu panjang (maksimal 200 karakter)")));
		assertThat(this.world.organisationsWithCode(code)).isZero();
	}

	@Test
	void anUnknownVillageOrAnAreaOfTheWrongLevelIsRefused() throws Exception {
		String name = "IBM tanpa desa " + this.world.suffix;
		this.mvc.perform(newUnit(name, "32.01.02.9999").with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "areaCode",
					"organisation.error.areaNotFound"))
			.andExpect(content().string(containsString("value=\"32.01.02.9999\"")));
		this.mvc.perform(newUnit(name, "32.01").with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "areaCode",
					"organisation.error.areaLevel.VILLAGE"));
		// A village of another regency does not lie inside the BNNK's area.
		this.mvc.perform(newUnit(name, "31.71.01.1001").with(this.users.as(this.world.rehab)))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "areaCode",
					"organisation.error.areaOutsideParent"));
		assertThat(this.world.organisationsNamed(name)).isZero();
	}

	@Test
	void aDecreeDatedInTheFutureIsRefusedAndTheUnitStaysAsItWas() throws Exception {
		LocalDate future = World.today().plusDays(30);
		this.mvc
			.perform(post("/organisations/{id}/decrees", this.world.unitA).param("number", "7/Kpts/2099")
				.param("date", future.toString())
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("decreeForm", "date", "organisation.error.dateInFuture"))
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan")))
			.andExpect(content().string(containsString("value=\"7/Kpts/2099\"")))
			.andExpect(content().string(containsString("value=\"" + future + "\"")));
		assertThat(this.world.rows("ibm_unit_decree", this.world.unitA)).isZero();
	}

	@Test
	void anAmountThatIsNotANumberComesBackBesideItsField() throws Exception {
		this.mvc
			.perform(post("/organisations/{id}/funding", this.world.unitA).param("source", "CSR")
				.param("amount", "tiga puluh juta")
				.param("year", "2024")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("fundingForm", "amount"))
			.andExpect(content().string(containsString("Tulis jumlah rupiah sebagai angka bulat")))
			.andExpect(content().string(containsString("value=\"tiga puluh juta\"")))
			.andExpect(content().string(containsString("value=\"2024\"")));
		assertThat(this.world.rows("ibm_unit_funding", this.world.unitA)).isZero();
	}

	@Test
	void anOrganisationIsEditedAndVoidedWithAReason() throws Exception {
		String newName = "IBM Gunungputri Baru " + this.world.suffix;
		this.mvc.perform(get("/organisations/{id}/edit", this.world.unitB).with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.code("IBM-B") + "\"")));
		this.mvc
			.perform(post("/organisations/{id}/edit", this.world.unitB).param("code", this.world.code("IBM-B2"))
				.param("name", newName)
				.param("areaCode", World.CICADAS)
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		assertThat(this.organisations.get(this.world.unitB, Scope.national()).name()).isEqualTo(newName);

		// A BNNK with units below it cannot be voided; a reason is required.
		this.mvc
			.perform(post("/organisations/{id}/void", this.world.bnnk).param("reason", "Salah input")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("masih memiliki 2 organisasi aktif")));
		this.mvc
			.perform(post("/organisations/{id}/void", this.world.unitB).param("reason", "")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("voidForm", "reason", "organisation.error.reasonRequired"));
		this.mvc
			.perform(post("/organisations/{id}/void", this.world.unitB).param("reason", "Didaftarkan ganda")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc.perform(get("/organisations/{id}", this.world.unitB).with(this.users.as(this.world.rehab)))
			.andExpect(content().string(containsString("Alasan: Didaftarkan ganda")))
			.andExpect(content().string(not(containsString("data-confirm="))));
		assertThat(this.organisations.get(this.world.bnnk, Scope.national()).isVoided()).isFalse();
	}

	@Test
	void theNewFormFollowsTheChosenTypeAndOffersParentsOfTheScopeOnly() throws Exception {
		String form = this.mvc
			.perform(get("/organisations/new").param("type", "IBM_UNIT")
				.param("name", "Sudah diketik")
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"Sudah diketik\"", "id=\"new-formedOn\"", "/areas/search?level=VILLAGE",
				"BNNK Bogor " + this.world.suffix);
		// A unit sits under a BNNK or BNNP, never under another unit; the BNN root is out
		// of
		// the officer's scope.
		assertThat(form).doesNotContain(">IBM Gunungputri " + this.world.suffix, "BNN uji " + this.world.suffix);
		this.mvc.perform(get("/organisations/new").param("type", "LSM").with(this.users.as(this.world.rehab)))
			.andExpect(content().string(not(containsString("id=\"new-formedOn\""))));
	}

	@Test
	void aRecoveryAgentSeesOnlyTheirOwnUnitAndChangesNothing() throws Exception {
		String agent = this.world.agentA;
		this.mvc.perform(get("/organisations/{id}", this.world.unitA).with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IBM Gunungputri " + this.world.suffix)))
			.andExpect(content().string(not(containsString("/decrees\""))));
		MvcResult other = this.mvc.perform(get("/organisations/{id}", this.world.unitB).with(this.users.as(agent)))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(other.getResponse().getContentAsString()).doesNotContain("IBM Cicadas");
		this.mvc.perform(get("/organisations/{id}", UUID.randomUUID()).with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/organisations/new").with(this.users.as(agent))).andExpect(status().isForbidden());
		this.mvc.perform(newUnit("IBM agen " + this.world.suffix, World.GUNUNGPUTRI).with(this.users.as(agent)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organisations/{id}/decrees", this.world.unitA).param("number", "1/2024")
				.param("date", "2024-01-02")
				.with(csrf())
				.with(this.users.as(agent)))
			.andExpect(status().isForbidden());
		assertThat(this.world.organisationsNamed("IBM agen " + this.world.suffix)).isZero();
		assertThat(this.world.rows("ibm_unit_decree", this.world.unitA)).isZero();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUnit(String name,
			String areaCode) {
		return post("/organisations").param("type", "IBM_UNIT")
			.param("code", "TX-" + UUID.randomUUID().toString().substring(0, 8))
			.param("name", name)
			.param("parentId", this.world.bnnk.toString())
			.param("areaCode", areaCode)
			.param("formedOn", "2024-01-15")
			.with(csrf());
	}

	private UUID create(String username, String type, String code, String name, UUID parentId, String areaCode,
			String formedOn) throws Exception {
		var request = post("/organisations").param("type", type)
			.param("code", code)
			.param("name", name)
			.param("parentId", parentId.toString())
			.param("areaCode", areaCode)
			.with(csrf())
			.with(this.users.as(username));
		if (formedOn != null) {
			request.param("formedOn", formedOn);
		}
		String location = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

}
