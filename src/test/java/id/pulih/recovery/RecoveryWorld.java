package id.pulih.recovery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo units as the recovery tests meet them: the Gunungputri agent and chair, the
 * Cicadas agent, and helpers that register clients with random facts (so tests never meet
 * each other's codes), screen and enrol them, and count what was written.
 */
final class RecoveryWorld {

	static final String GUNUNGPUTRI_VILLAGE = "32.01.02.2004";

	final PulihUser agent;

	final PulihUser chair;

	final PulihUser otherAgent;

	final UUID unit;

	final LocalDate today;

	private final ClientRegistry clients;

	private final Screenings screenings;

	private final Pathways pathways;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	RecoveryWorld(TestUsers users, ClientRegistry clients, Screenings screenings, Pathways pathways,
			Organisations organisations, Worklists worklists, JdbcClient jdbc) {
		this.agent = users.load(DemoUsers.RECOVERY_AGENT);
		this.chair = users.load(DemoUsers.UNIT_CHAIR);
		this.otherAgent = users.load(DemoUsers.OTHER_RECOVERY_AGENT);
		this.clients = clients;
		this.screenings = screenings;
		this.pathways = pathways;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.unit = organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow().id();
		this.today = worklists.today(this.agent);
	}

	/** A new outreach client of the Gunungputri unit, registered a while ago. */
	Client client() {
		return register(ClientSource.OUTREACH, null);
	}

	/** A new client referred for aftercare by the BNNK Bogor clinic. */
	Client aftercareClient() {
		UUID ipwl = this.organisations.findByCode("IPWL-3201", Scope.national()).orElseThrow().id();
		return register(ClientSource.AFTERCARE, ipwl);
	}

	private Client register(ClientSource source, UUID sourceOrganisation) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(365 * 30));
		UicFacts facts = new UicFacts(name(), name(), sex, birth);
		return this.clients
			.register(new NewClient(null, facts, sex, birth, null, GUNUNGPUTRI_VILLAGE, source, sourceOrganisation,
					this.today.minusDays(200)), this.agent)
			.client();
	}

	Screening screen(Client client, Map<String, String> answers, LocalDate on) {
		return this.screenings.screen(new NewScreening(null, client.id(), on, null, answers), this.agent);
	}

	/** A low-risk client screened and enrolled on {@code start}. */
	Enrolment enrolled(LocalDate start) {
		Client client = client();
		screen(client, Answers.lowRisk(), start);
		return this.pathways.enrol(new NewEnrolment(null, client.id(), null, start, null), this.agent);
	}

	RecoverySession session(SessionType type, LocalDate on, Enrolment... attending) {
		return this.pathways.recordSession(new NewSession(null, type, on, null, 60, "Catatan " + type,
				Arrays.stream(attending).map(Enrolment::id).toList()), this.agent);
	}

	long sessionsOf(UUID enrolmentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_attendance WHERE enrolment_id = ?")
			.param(enrolmentId)
			.query(Long.class)
			.single();
	}

	long enrolmentsOf(UUID clientId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_enrolment WHERE client_id = ?")
			.param(clientId)
			.query(Long.class)
			.single();
	}

	long screeningsOf(UUID clientId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_screening WHERE client_id = ?")
			.param(clientId)
			.query(Long.class)
			.single();
	}

	long audits(UUID entityId, String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?")
			.params(entityId, action)
			.query(Long.class)
			.single();
	}

	private static String name() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "" + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
				+ (char) ('a' + random.nextInt(26)) + "ni";
	}

}
