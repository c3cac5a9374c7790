package id.pulih.harmreduction;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.stock.Commodities;
import id.pulih.stock.StockLedger;
import id.pulih.stock.StockLevels;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.Workforce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail that administrators read tells who changed and viewed which record, and
 * nothing clinical: no action says a client lives with HIV or has a peer support officer,
 * no detail names a service, a result, a methadone dose or the free text of a reason.
 */
@PulihSpringTest
class HarmReductionAuditTests {

	/** What must never reach the audit page, in actions or details. */
	private static final List<String> CLINICAL = List.of("Hiv", "HIV", "ARV", "POSITIVE", "NEGATIVE", "METHADONE",
			"NSP", "peerAssigned", "peerAssignmentEnded", "peerContact", "ost", " mg", "HOME_VISIT", "GOOD",
			"assistTaken", "LOW", "MODERATE", "HIGH", "with results");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private AccessManagement access;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private StockLevels levels;

	@Autowired
	private HarmReductionVisits visits;

	@Autowired
	private PeerSupport peers;

	@Autowired
	private OstCourses courses;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
	}

	@Test
	void administratorsSeeWhoChangedWhichRecordButNothingClinical() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		PulihUser peer = this.world.load(pkm.peer());
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 10);
		this.world.stock(pkm.id(), nurse, Commodities.METHADONE, 1_000);
		Client client = this.world.client(nurse);
		String reason = "Hasil HIV tertukar dengan klien lain";

		// Everything happens as the users do it, signed in.
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(pkm.nurse()))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("visitOn", this.world.today.toString())
				.param("arrival", "WALK_IN")
				.param("methadone", "true")
				.param("methadoneDoseMg", "60")
				.param("methadoneObserved", "true")
				.param("hivTest", "true")
				.param("hivResult", "POSITIVE")
				.param("arv", "true")
				.param("arvOnTreatment", "true")
				.param("arvStartedOn", this.world.today.toString()))
			.andExpect(status().is3xxRedirection());
		UUID visit = this.jdbc.sql("SELECT id FROM hr_visit WHERE client_id = ?")
			.param(client.id())
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/harm-reduction/visits/" + visit).with(this.users.as(pkm.nurse())))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/peer-assignment").with(csrf())
				.with(this.users.as(pkm.nurse()))
				.param("peerId", peer.personId().toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/contacts").with(csrf())
				.with(this.users.as(pkm.peer()))
				.param("mode", "HOME_VISIT")
				.param("adherence", "GOOD")
				.param("note", "ARV diminum teratur"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/ost/review").with(csrf())
				.with(this.users.as(pkm.nurse()))
				.param("reviewedOn", this.world.today.toString())
				.param("reviewNote", "Stabil")
				.param("newDoseMg", "55"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(pkm.nurse())))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/harm-reduction/visits/" + visit + "/void").with(csrf())
				.with(this.users.as(pkm.nurse()))
				.param("reason", reason))
			.andExpect(status().is3xxRedirection());

		// The trail holds the events, under neutral names.
		assertThat(this.world.audits(visit, "harmreduction.visitRecorded")).isOne();
		assertThat(this.world.audits(visit, "harmreduction.visitViewed")).isOne();
		assertThat(this.world.audits(visit, "harmreduction.visitVoided")).isOne();
		assertThat(this.world.audits(client.id(), "harmreduction.careTeamChanged")).isEqualTo(2);
		assertThat(this.world.audits(client.id(), "harmreduction.contactRecorded")).isOne();
		assertThat(this.world.audits(client.id(), "harmreduction.clientRecordUpdated")).isEqualTo(3);
		assertThat(this.world.audits(client.id(), "harmreduction.clientViewed")).isOne();

		// What the administrator reads about the client and the visit.
		for (UUID entity : new UUID[] { client.id(), visit }) {
			String page = this.mvc
				.perform(get("/admin/audit").param("entityId", entity.toString())
					.with(this.users.as(DemoUsers.ADMINISTRATOR)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("harmreduction.").doesNotContain(reason).doesNotContain("ARV diminum");
			String trail = String.join("\n",
					this.jdbc
						.sql("SELECT action || ' ' || COALESCE(detail, '') FROM audit_event WHERE entity_id = ?"
								+ " AND action LIKE 'harmreduction.%'")
						.param(entity)
						.query(String.class)
						.list());
			assertThat(trail).isNotEmpty();
			for (String word : CLINICAL) {
				assertThat(trail).as("audit of %s", entity).doesNotContain(word);
			}
		}
	}

}
