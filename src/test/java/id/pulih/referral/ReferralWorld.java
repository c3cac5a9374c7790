package id.pulih.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.demo.DemoUsers;
import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.Substance;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.TestUsers;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisations and people the referral tests meet: Puskesmas Sukasari (its health
 * worker, field officer and peer support officer), the IBM units Gunungputri and Cicadas
 * (their agents), and helpers that register clients with random facts (so tests never
 * meet each other's codes), refer them and count what was written.
 */
final class ReferralWorld {

	static final String SUKASARI_VILLAGE = "32.73.01.1001";

	static final String GUNUNGPUTRI_VILLAGE = "32.01.02.2004";

	static final String CICADAS_VILLAGE = "32.01.02.2007";

	final PulihUser nakes;

	final PulihUser officer;

	final PulihUser peer;

	final PulihUser agent;

	final PulihUser otherAgent;

	final PulihUser rehab;

	final UUID sukasari;

	final UUID gunungputri;

	final UUID cicadas;

	final UUID ipwl;

	final LocalDate today;

	private final ClientRegistry clients;

	private final Referrals referrals;

	private final JdbcClient jdbc;

	ReferralWorld(TestUsers users, ClientRegistry clients, Referrals referrals, Organisations organisations,
			JdbcClient jdbc) {
		this.nakes = users.load(DemoUsers.HEALTH_WORKER);
		this.officer = users.load(DemoUsers.FIELD_OFFICER);
		this.peer = users.load(DemoUsers.PEER_SUPPORT_OFFICER);
		this.agent = users.load(DemoUsers.RECOVERY_AGENT);
		this.otherAgent = users.load(DemoUsers.OTHER_RECOVERY_AGENT);
		this.rehab = users.load(DemoUsers.REHABILITATION_OFFICER);
		this.clients = clients;
		this.referrals = referrals;
		this.jdbc = jdbc;
		this.sukasari = organisations.findByCode("PKM-327301", Scope.national()).orElseThrow().id();
		this.gunungputri = organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow().id();
		this.cicadas = organisations.findByCode(DemoUsers.CICADAS_UNIT, Scope.national()).orElseThrow().id();
		this.ipwl = organisations.findByCode("IPWL-3201", Scope.national()).orElseThrow().id();
		this.today = referrals.today(this.nakes);
	}

	/**
	 * A new client of Puskesmas Sukasari, registered 400 days ago by its health worker.
	 */
	Client sukasariClient() {
		return register(this.nakes, SUKASARI_VILLAGE);
	}

	/** A new client of the Gunungputri unit, registered 400 days ago by its agent. */
	Client gunungputriClient() {
		return register(this.agent, GUNUNGPUTRI_VILLAGE);
	}

	/** A new client of the Cicadas unit, registered 400 days ago by its agent. */
	Client cicadasClient() {
		return register(this.otherAgent, CICADAS_VILLAGE);
	}

	private Client register(PulihUser by, String village) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(365 * 30));
		UicFacts facts = new UicFacts(name(), name(), sex, birth);
		return this.clients
			.register(new NewClient(null, facts, sex, birth, null, village, ClientSource.OUTREACH, null,
					this.today.minusDays(400)), by)
			.client();
	}

	/** What a health worker shares when referring to an IBM unit for recovery. */
	static ReferralContent content(@Nullable UUID to, Urgency urgency) {
		return new ReferralContent(to, ServiceAsked.IBM_RECOVERY, urgency, "Butuh pendampingan pemulihan dekat rumah",
				EnumSet.of(SharedItem.TREATMENT_SUMMARY, SharedItem.HIV_STATUS), null, "Non-reaktif, Oktober",
				"PTRM selesai bulan lalu", null, "Datang hari Senin");
	}

	/** The Sukasari health worker refers a new client of theirs to Gunungputri. */
	Referral sent(Urgency urgency, @Nullable LocalDate sentOn) {
		Client client = sukasariClient();
		return this.referrals
			.refer(new NewReferral(null, client.id(), content(this.gunungputri, urgency), true, sentOn), this.nakes);
	}

	long referrals() {
		return this.jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
	}

	long stateChanges() {
		return this.jdbc.sql("SELECT COUNT(*) FROM referral_state_change").query(Long.class).single();
	}

	long clientsWithUic(String uic) {
		return this.jdbc.sql("SELECT COUNT(*) FROM client WHERE uic = ?").param(uic).query(Long.class).single();
	}

	long referralsOfScreening(UUID screeningId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM referral WHERE screening_id = ?")
			.param(screeningId)
			.query(Long.class)
			.single();
	}

	long audits(UUID entityId, String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?")
			.params(entityId, action)
			.query(Long.class)
			.single();
	}

	/**
	 * ASSIST answers at a risk: weekly cannabis (moderate, score 4), daily amphetamines
	 * with every problem (high), or occasional alcohol (low).
	 */
	static Map<String, String> assist(String risk) {
		Map<String, String> answers = new LinkedHashMap<>();
		Substance used = switch (risk) {
			case "HIGH" -> Substance.AMPHETAMINES;
			case "MODERATE" -> Substance.CANNABIS;
			default -> Substance.ALCOHOL;
		};
		for (Substance substance : Substance.values()) {
			if (substance != used) {
				answers.put(AssistAnswers.path(substance, 1), "NO");
			}
		}
		String[] values = switch (risk) {
			case "HIGH" -> new String[] { "YES", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY",
					"DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY", "YES_IN_PAST_3_MONTHS", "YES_IN_PAST_3_MONTHS" };
			case "MODERATE" -> new String[] { "YES", "WEEKLY", "NEVER", "NEVER", "NEVER", "NO_NEVER", "NO_NEVER" };
			default -> new String[] { "YES", "ONCE_OR_TWICE", "NEVER", "NEVER", "NEVER", "NO_NEVER", "NO_NEVER" };
		};
		for (int question = 1; question <= 7; question++) {
			answers.put(AssistAnswers.path(used, question), values[question - 1]);
		}
		answers.put(AssistAnswers.Q8, "NO_NEVER");
		return answers;
	}

	static Set<SharedItem> items(SharedItem... items) {
		Set<SharedItem> set = EnumSet.of(SharedItem.CODE_AND_DEMOGRAPHICS);
		set.addAll(Set.of(items));
		return set;
	}

	private static String name() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "" + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
				+ (char) ('a' + random.nextInt(26)) + "ti";
	}

}
