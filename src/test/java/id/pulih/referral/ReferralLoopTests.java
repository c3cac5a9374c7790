package id.pulih.referral;

import java.util.List;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.instrument.RiskLevel;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.NewScreening;
import id.pulih.recovery.ReferralRecommended;
import id.pulih.recovery.Screening;
import id.pulih.recovery.Screenings;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closed loop as the two organisations live it: a Puskesmas refers a client to an IBM
 * unit, which sees only what was shared, accepts (registering the client as its own),
 * completes it with feedback, and the Puskesmas sees the outcome. Declined referrals stay
 * declined, a referral to oneself is refused with nothing written, overdue referrals show
 * on both home pages, a screening that recommends a referral opens exactly one draft, and
 * nobody outside either side finds anything.
 */
@PulihSpringTest
class ReferralLoopTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Referrals referrals;

	@Autowired
	private Screenings screenings;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	private ReferralWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ReferralWorld(this.users, this.clients, this.referrals, this.organisations, this.jdbc);
	}

	@Test
	void aPuskesmasRefersAClientToAnIbmUnitWhichAcceptsEnrolsAndCompletesIt() throws Exception {
		Client client = this.world.sukasariClient();
		Referral sent = this.referrals.refer(new NewReferral(null, client.id(),
				ReferralWorld.content(this.world.gunungputri, Urgency.SOON), true, null), this.world.nakes);
		assertThat(sent.state()).isEqualTo(ReferralState.SENT);
		assertThat(sent.sentOn()).isEqualTo(this.world.today);
		assertThat(sent.dueOn()).isEqualTo(this.world.today.plusDays(7));
		String page = "/referrals/" + sent.id();

		// The unit's agent finds it in the inbox and sees only the snapshot: the code and
		// demographics, the treatment summary, not the HIV status (not for their role, so
		// not even named), and no way to the Puskesmas' client record.
		this.mvc.perform(get("/referrals").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(containsString(client.uic())));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(client.uic())))
			.andExpect(content().string(containsString("PTRM selesai bulan lalu")))
			.andExpect(content().string(containsString("Datang hari Senin")))
			.andExpect(content().string(not(containsString("Non-reaktif"))))
			.andExpect(content().string(not(containsString("Status HIV"))))
			.andExpect(content().string(not(containsString("/clients/" + client.id()))))
			.andExpect(content().string(containsString("action=\"/referrals/" + sent.id() + "/accept\"")));
		assertThat(this.world.audits(sent.id(), "referral.viewed")).isEqualTo(1);
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/" + client.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());

		// The health worker (who shared it) reads the HIV status; the unit's view is
		// audited, the sender's is not.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non-reaktif, Oktober")))
			.andExpect(content().string(containsString("/clients/" + client.id())));
		assertThat(this.world.audits(sent.id(), "referral.viewed")).isEqualTo(1);

		// Accepting registers the client at the unit under the same code.
		this.mvc.perform(post(page + "/receive").with(csrf()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/accept").with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT))
				.param("note", "Dijadwalkan skrining minggu ini"))
			.andExpect(redirectedUrl(page));
		Referral accepted = this.referrals.find(sent.id(), this.world.agent).orElseThrow();
		assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
		UUID theirs = accepted.receiverClientId();
		assertThat(theirs).isNotNull().isNotEqualTo(client.id());
		Client registered = this.clients.get(theirs, this.world.agent.scope());
		assertThat(registered.uic()).isEqualTo(client.uic());
		assertThat(registered.organisationId()).isEqualTo(this.world.gunungputri);
		assertThat(registered.sourceOrganisationId()).isEqualTo(this.world.sukasari);
		assertThat(this.world.clientsWithUic(client.uic())).isEqualTo(2);
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("/clients/" + theirs)))
			.andExpect(content().string(containsString("/recovery/clients/" + theirs)))
			.andExpect(content().string(containsString("action=\"/referrals/" + sent.id() + "/complete\"")));
		this.mvc.perform(get("/recovery/clients/" + theirs).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + theirs).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound());

		// The sender follows: accepted, due to be completed in 30 days.
		assertThat(accepted.dueOn()).isEqualTo(this.world.today.plusDays(30));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(">Diterima<")))
			.andExpect(content().string(not(containsString("/clients/" + theirs))));

		// Completing needs feedback; then the Puskesmas sees it.
		this.mvc.perform(post(page + "/complete").with(csrf()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan umpan balik untuk pengirim.")));
		this.mvc
			.perform(post(page + "/complete").with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT))
				.param("feedback", "Menyelesaikan 16 minggu layanan IBM, kondisi stabil"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Selesai<")))
			.andExpect(content().string(containsString("Menyelesaikan 16 minggu layanan IBM, kondisi stabil")));
		this.mvc.perform(get("/referrals?tab=SENT&state=COMPLETED").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(page)));

		// Both client pages tell the story.
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("Dirujuk ke IBM Desa Gunungputri (selesai)")));
		this.mvc.perform(get("/clients/" + theirs).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("Rujukan dari Puskesmas Sukasari diterima")))
			.andExpect(content().string(containsString("Rujukan dari Puskesmas Sukasari selesai")));

		Referral completed = this.referrals.find(sent.id(), this.world.nakes).orElseThrow();
		assertThat(completed.history()).extracting(Referral.StateChange::toState)
			.containsExactly(ReferralState.DRAFT, ReferralState.SENT, ReferralState.RECEIVED, ReferralState.ACCEPTED,
					ReferralState.COMPLETED);
		assertThat(completed.history()).extracting(Referral.StateChange::changedBy)
			.containsExactly(DemoUsers.HEALTH_WORKER, DemoUsers.HEALTH_WORKER, DemoUsers.RECOVERY_AGENT,
					DemoUsers.RECOVERY_AGENT, DemoUsers.RECOVERY_AGENT);
		for (String action : List.of("referral.sent", "referral.received", "referral.accepted", "referral.completed")) {
			assertThat(this.world.audits(sent.id(), action)).as(action).isEqualTo(1);
		}
	}

	@Test
	void aDeclinedReferralCannotBeAcceptedAndNothingChanges() throws Exception {
		Referral sent = this.world.sent(Urgency.ROUTINE, null);
		assertThatThrownBy(() -> this.referrals.decline(sent.id(), "  ", this.world.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("reason");
				assertThat(ex.messageKey()).isEqualTo("referral.error.reasonRequired");
			});
		this.referrals.decline(sent.id(), "Di luar wilayah desa", this.world.agent);
		long changes = this.world.stateChanges();
		String uic = sent.snapshotUic();

		assertThatThrownBy(() -> this.referrals.accept(sent.id(), null, null, this.world.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("state");
				assertThat(ex.messageKey()).isEqualTo("referral.error.transition");
			});
		String page = "/referrals/" + sent.id();
		this.mvc.perform(post(page + "/accept").with(csrf()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Tindakan \u201cTerima\u201d tidak dapat dilakukan: status rujukan ini Ditolak.")));
		this.mvc
			.perform(post("/api/v1/referrals/" + sent.id() + "/accept").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("\"field\":\"state\"")));

		Referral after = this.referrals.find(sent.id(), this.world.nakes).orElseThrow();
		assertThat(after.state()).isEqualTo(ReferralState.DECLINED);
		assertThat(after.declineReason()).isEqualTo("Di luar wilayah desa");
		assertThat(after.receiverClientId()).isNull();
		assertThat(this.world.stateChanges()).isEqualTo(changes);
		assertThat(this.world.clientsWithUic(uic)).isEqualTo(1);
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(">Ditolak<")))
			.andExpect(content().string(containsString("Di luar wilayah desa")));
	}

	@Test
	void aReferralToOnesOwnOrganisationIsRefusedWithNothingWritten() throws Exception {
		Client client = this.world.sukasariClient();
		long referrals = this.world.referrals();
		long changes = this.world.stateChanges();
		assertThatThrownBy(() -> this.referrals.refer(new NewReferral(null, client.id(),
				ReferralWorld.content(this.world.sukasari, Urgency.URGENT), true, null), this.world.nakes))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("toOrganisationId");
				assertThat(ex.messageKey()).isEqualTo("referral.error.self");
			});
		this.mvc
			.perform(post("/api/v1/referrals").with(this.users.as(DemoUsers.HEALTH_WORKER))
				.contentType("application/json")
				.content("{\"clientId\":\"" + client.id() + "\",\"toOrganisationId\":\"" + this.world.sukasari
						+ "\",\"service\":\"HIV_CARE\",\"urgency\":\"SOON\",\"reason\":\"Tes ulang\",\"send\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("\"field\":\"toOrganisationId\"")))
			.andExpect(content().string(containsString("lembaganya sendiri")));
		this.mvc
			.perform(post("/referrals").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("clientId", client.id().toString())
				.param("toOrganisationId", this.world.sukasari.toString())
				.param("service", "HIV_CARE")
				.param("urgency", "SOON")
				.param("reason", "Tes ulang di tempat sendiri")
				.param("intent", "send"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"toOrganisationId-error\"")))
			.andExpect(content().string(containsString("Klien tidak dapat dirujuk ke lembaganya sendiri.")))
			.andExpect(content().string(containsString("Tes ulang di tempat sendiri")));
		assertThat(this.world.referrals()).isEqualTo(referrals);
		assertThat(this.world.stateChanges()).isEqualTo(changes);
		assertThat(this.world.audits(client.id(), "referral.sent")).isZero();
	}

	@Test
	void overdueReferralsAppearOnBothHomePages() throws Exception {
		Referral late = this.world.sent(Urgency.URGENT, this.world.today.minusDays(300));
		assertThat(late.dueOn()).isEqualTo(this.world.today.minusDays(298));
		Referral fresh = this.world.sent(Urgency.URGENT, null);
		Referral acceptedLate = this.world.sent(Urgency.SOON, this.world.today.minusDays(299));
		this.referrals.accept(acceptedLate.id(), this.world.today.minusDays(290), null, this.world.agent);
		assertThat(this.referrals.find(acceptedLate.id(), this.world.agent).orElseThrow().isOverdue(this.world.today))
			.isTrue();

		this.mvc.perform(get("/").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"referral-home-overdue-sent\"")))
			.andExpect(content().string(containsString("/referrals/" + late.id())))
			.andExpect(content().string(containsString("/referrals/" + acceptedLate.id())))
			.andExpect(content().string(not(containsString("/referrals/" + fresh.id()))));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"referral-home-overdue-received\"")))
			.andExpect(content().string(containsString("/referrals/" + late.id())))
			.andExpect(content().string(containsString("/referrals/" + acceptedLate.id())))
			.andExpect(content().string(containsString("id=\"referral-home-new-inbox\"")))
			.andExpect(content().string(containsString("/referrals/" + fresh.id())));
		this.mvc.perform(get("/referrals?tab=INBOX&overdue=true").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("/referrals/" + late.id())))
			.andExpect(content().string(not(containsString("/referrals/" + fresh.id()))));

		// Neither the other unit nor the people without client data see any of it.
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(content().string(not(containsString("/referrals/" + late.id()))));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("referral-home"))));
	}

	@Test
	void aScreeningThatRecommendsAReferralOpensExactlyOneDraftAtTheUnit() throws Exception {
		Client high = this.world.gunungputriClient();
		Screening screening = this.screenings.screen(
				new NewScreening(null, high.id(), this.world.today, null, ReferralWorld.assist("HIGH")),
				this.world.agent);
		assertThat(screening.overallRisk()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.world.referralsOfScreening(screening.id())).isEqualTo(1);
		UUID draftId = this.jdbc.sql("SELECT id FROM referral WHERE screening_id = ?")
			.param(screening.id())
			.query(UUID.class)
			.single();
		Referral draft = this.referrals.find(draftId, this.world.agent).orElseThrow();
		assertThat(draft.state()).isEqualTo(ReferralState.DRAFT);
		assertThat(draft.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(draft.reason())
			.isEqualTo("Hasil skrining ASSIST: Risiko tinggi; perlu asesmen dan terapi lanjutan.");
		assertThat(draft.fromOrganisationId()).isEqualTo(this.world.gunungputri);
		assertThat(draft.toOrganisationId()).isNull();
		assertThat(draft.clientId()).isEqualTo(high.id());
		assertThat(draft.sharedItems()).contains(SharedItem.SCREENING_RESULT);

		// The same announcement again (a retry) opens nothing more.
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(new ReferralRecommended(high.id(),
				screening.id(), RiskLevel.HIGH, this.world.gunungputri, this.world.today)));
		assertThat(this.world.referralsOfScreening(screening.id())).isEqualTo(1);

		Client moderate = this.world.gunungputriClient();
		Screening second = this.screenings.screen(
				new NewScreening(null, moderate.id(), this.world.today, null, ReferralWorld.assist("MODERATE")),
				this.world.agent);
		UUID secondDraft = this.jdbc.sql("SELECT id FROM referral WHERE screening_id = ?")
			.param(second.id())
			.query(UUID.class)
			.single();
		assertThat(this.referrals.find(secondDraft, this.world.agent).orElseThrow().urgency()).isEqualTo(Urgency.SOON);
		Client low = this.world.gunungputriClient();
		Screening third = this.screenings.screen(
				new NewScreening(null, low.id(), this.world.today, null, ReferralWorld.assist("LOW")),
				this.world.agent);
		assertThat(this.world.referralsOfScreening(third.id())).isZero();

		// The unit sees it as a draft to send; the receiver-to-be sees nothing yet.
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("id=\"referral-home-drafts\"")))
			.andExpect(content().string(containsString("/referrals/" + secondDraft)));
		// Its history says where it came from, in the reader's language.
		this.mvc.perform(get("/referrals/" + draftId).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("— dibuka dari skrining ASSIST yang menyarankan rujukan")))
			.andExpect(content().string(not(containsString("— ASSIST<"))));
		this.mvc.perform(get("/referrals/" + draftId + "?lang=en").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(
					content().string(containsString("— opened from an ASSIST screening that recommends a referral")));
		this.mvc.perform(get("/api/v1/referrals/" + draftId).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(jsonPath("$.history[0].noteKey").value("referral.history.fromScreening"))
			.andExpect(jsonPath("$.history[0].note").value(nullValue()));
		this.mvc.perform(get("/referrals/" + draftId + "/edit").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hasil skrining ASSIST: Risiko tinggi; perlu asesmen")))
			.andExpect(content().string(containsString("Skrining ASSIST " + this.world.today + ": Risiko tinggi")));
		assertThatThrownBy(() -> this.referrals.send(draftId, ReferralContent.unchanged(), null, this.world.agent))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("referral.error.destinationRequired"));

		// Picking the IPWL and sending it from the edit page.
		this.mvc
			.perform(post("/referrals/" + draftId + "/edit").with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT))
				.param("clientId", high.id().toString())
				.param("toOrganisationId", this.world.ipwl.toString())
				.param("service", "REHABILITATION")
				.param("urgency", "URGENT")
				.param("reason", "Hasil skrining ASSIST: risiko tinggi")
				.param("sharedItems", "SCREENING_RESULT")
				.param("screeningResult", "Skrining ASSIST: risiko tinggi (amfetamin)")
				.param("intent", "send"))
			.andExpect(redirectedUrl("/referrals/" + draftId));
		Referral sent = this.referrals.find(draftId, this.world.agent).orElseThrow();
		assertThat(sent.state()).isEqualTo(ReferralState.SENT);
		assertThat(sent.toOrganisationId()).isEqualTo(this.world.ipwl);
		assertThat(sent.dueOn()).isEqualTo(this.world.today.plusDays(2));
		// BNNK Bogor, which holds the IPWL, finds it in its inbox.
		this.mvc.perform(get("/referrals/" + draftId).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skrining ASSIST: risiko tinggi (amfetamin)")));
	}

	@Test
	void nobodyOutsideEitherSideFindsAReferral() throws Exception {
		Referral sent = this.world.sent(Urgency.SOON, null);
		String page = "/referrals/" + sent.id();
		String api = "/api/v1/referrals/" + sent.id();
		for (String path : List.of(page, api)) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
				.andExpect(status().isNotFound());
		}
		for (String action : List.of("/receive", "/accept", "/decline", "/complete", "/lost", "/cancel", "/send")) {
			this.mvc.perform(post(page + action).with(csrf()).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post(api + action).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT))
					.contentType("application/json")
					.content("{\"reason\":\"x\",\"feedback\":\"x\"}"))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/referrals").with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(content().string(not(containsString(page))));
		this.mvc.perform(get("/api/v1/referrals?box=INBOX").with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(sent.id().toString()))));
		for (String user : List.of(DemoUsers.PROGRAMME_MANAGER, DemoUsers.ADMINISTRATOR)) {
			this.mvc.perform(get(page).with(this.users.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get(api).with(this.users.as(user))).andExpect(status().isForbidden());
		}
		// The sender's other workers follow it too; only the receiver acts on it.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Non-reaktif"))));
		// A peer support officer of the sending Puskesmas takes no part in referrals.
		for (String path : List.of(page, api)) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
				.andExpect(status().isForbidden());
		}
		assertThatThrownBy(() -> this.referrals.accept(sent.id(), null, null, this.world.nakes)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("referral.error.receiverOnly"));
		// BNNK Bogor supervises the unit and sees the inbox, but only the unit accepts.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hanya petugas lembaga tujuan yang dapat menerima")));
		assertThatThrownBy(() -> this.referrals.accept(sent.id(), null, null, this.world.rehab)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("referral.error.acceptAtReceiver"));
		assertThat(this.referrals.find(sent.id(), this.world.nakes).orElseThrow().state())
			.isEqualTo(ReferralState.SENT);
	}

}
