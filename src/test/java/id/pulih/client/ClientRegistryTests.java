package id.pulih.client;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry as the programmes use it: an agent registers a client for their unit; the
 * same code again in the unit answers the existing client and writes nothing; the same
 * code in another unit is a possible duplicate, flagged, which the BNNK officer who sees
 * both merges, keeping every record; scope decides who finds whom; bad input is refused
 * with the field it belongs to and leaves nothing written.
 */
@PulihSpringTest
@RecordApplicationEvents
class ClientRegistryTests {

	@Autowired
	private ClientRegistry registry;

	@Autowired
	private UicBuilder uics;

	@Autowired
	private Organisations organisations;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	private ClientFixture fixture;

	private PulihUser agent;

	private PulihUser otherAgent;

	private PulihUser rehab;

	private Organisation gunungputri;

	@BeforeEach
	void signIn() {
		this.fixture = new ClientFixture(this.jdbc);
		this.agent = this.users.load(DemoUsers.RECOVERY_AGENT);
		this.otherAgent = this.users.load(DemoUsers.OTHER_RECOVERY_AGENT);
		this.rehab = this.users.load(DemoUsers.REHABILITATION_OFFICER);
		this.gunungputri = this.organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow();
	}

	@Test
	void anAgentRegistersAClientForTheirUnit() {
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		Registration registration = this.registry.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI),
				this.agent);

		assertThat(registration.created()).isTrue();
		assertThat(registration.possibleDuplicatesElsewhere()).isEmpty();
		Client client = registration.client();
		assertThat(client.uic()).isEqualTo(this.uics.build(facts)).hasSize(11);
		assertThat(client.organisationId()).isEqualTo(this.gunungputri.id());
		assertThat(client.provinceCode()).isEqualTo("32");
		assertThat(client.villageCode()).isEqualTo(ClientFixture.GUNUNGPUTRI);
		assertThat(client.birthYear()).isEqualTo(facts.birthDate().getYear());
		assertThat(client.registeredOn()).isBetween(ClientFixture.today().minusDays(1),
				ClientFixture.today().plusDays(1));
		assertThat(client.version()).isNotNull();
		assertThat(this.events.stream(ClientRegistered.class).filter(e -> e.clientId().equals(client.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisationId()).isEqualTo(this.gunungputri.id());
				assertThat(e.source()).isEqualTo(ClientSource.OUTREACH);
			});
		assertThat(this.fixture.audits(client.id(), "client.registered")).isOne();
		assertThat(this.registry.get(client.id(), this.agent.scope()).uic()).isEqualTo(client.uic());
		assertThat(this.registry.search(this.agent.scope(), client.uic().substring(0, 6).toLowerCase(), 50))
			.extracting(ClientSummary::id)
			.contains(client.id());
		assertThat(this.registry.ofOrganisation(this.gunungputri.id(), this.rehab.scope(), 500))
			.extracting(ClientSummary::id)
			.contains(client.id());
		assertThat(this.registry.count(this.agent.scope())).isPositive();
	}

	@Test
	void aCodeAlreadyRegisteredInScopeAnswersTheExistingClientAndWritesNothing() {
		UicFacts facts = ClientFixture.facts(Sex.FEMALE);
		Client first = this.registry.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI), this.agent)
			.client();
		long clients = this.fixture.clients();
		long registeredEvents = this.events.stream(ClientRegistered.class).count();

		// the chair of the same unit, typing the names differently, with a birth year
		// only
		PulihUser chair = this.users.load(DemoUsers.UNIT_CHAIR);
		UicFacts again = new UicFacts("  hj. " + facts.motherFirstName().toLowerCase(),
				facts.fatherFirstName().toUpperCase(), Sex.FEMALE, facts.birthDate());
		Registration registration = this.registry.register(new NewClient(null, again, Sex.FEMALE, facts.birthDate(),
				null, ClientFixture.CICADAS, ClientSource.SELF_REFERRAL, null, null), chair);

		assertThat(registration.created()).isFalse();
		assertThat(registration.client().id()).isEqualTo(first.id());
		assertThat(registration.possibleDuplicatesElsewhere()).isEmpty();
		assertThat(this.fixture.clients()).isEqualTo(clients);
		assertThat(this.events.stream(ClientRegistered.class).count()).isEqualTo(registeredEvents);
		assertThat(this.fixture.audits(first.id(), "client.registered")).isOne();
	}

	@Test
	void theSameCodeInAnotherUnitIsFlaggedAndMergedByTheOfficerWhoSeesBoth() {
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		Client older = this.registry.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI), this.agent)
			.client();
		Registration elsewhere = this.registry.register(ClientFixture.outreach(facts, ClientFixture.CICADAS),
				this.otherAgent);
		Client newer = elsewhere.client();

		assertThat(elsewhere.created()).isTrue();
		assertThat(newer.id()).isNotEqualTo(older.id());
		assertThat(elsewhere.possibleDuplicatesElsewhere()).singleElement().satisfies(other -> {
			assertThat(other.uic()).isEqualTo(older.uic());
			assertThat(other.organisationName()).isEqualTo(this.gunungputri.name());
			assertThat(other.birthYear()).isEqualTo(facts.birthDate().getYear());
			// nothing that would let the other unit reach the client
			assertThat(other.id()).isNull();
			assertThat(other.organisationId()).isNull();
			assertThat(other.villageCode()).isNull();
			assertThat(other.registeredOn()).isNull();
		});
		assertThat(this.fixture.openFlags(newer.id())).isOne();
		assertThat(this.fixture.audits(newer.id(), "client.duplicateFlagged")).isOne();

		// the unit chair sees one side only: no merge
		PulihUser chair = this.users.load(DemoUsers.UNIT_CHAIR);
		assertThatThrownBy(() -> this.registry.merge(older.id(), newer.id(), "Sama", chair))
			.isInstanceOf(RecordNotFound.class);
		// an agent may not merge at all
		assertThatThrownBy(() -> this.registry.merge(older.id(), newer.id(), "Sama", this.agent))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registry.merge(older.id(), newer.id(), " ", this.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("reason"));

		this.registry.merge(older.id(), newer.id(), "Ibu dan desa sama, dikonfirmasi klien", this.rehab);

		assertThat(this.events.stream(ClientsMerged.class)).contains(new ClientsMerged(older.id(), newer.id()));
		assertThat(this.fixture.clientsWithUic(older.uic())).isEqualTo(2);
		assertThat(this.fixture.openFlags(newer.id())).isZero();
		assertThat(this.fixture.openFlags(older.id())).isZero();
		// the merged id resolves to the survivor, for whoever sees the survivor
		assertThat(this.registry.get(newer.id(), this.rehab.scope()).id()).isEqualTo(older.id());
		assertThat(this.registry.find(newer.id(), this.agent.scope())).map(Client::id).contains(older.id());
		assertThat(this.registry.find(newer.id(), this.otherAgent.scope())).isEmpty();
		assertThat(this.registry.search(this.rehab.scope(), older.uic(), 50)).extracting(ClientSummary::id)
			.containsExactly(older.id());
		assertThat(this.registry.mergedInto(older.id())).extracting(Client::id).containsExactly(newer.id());
		assertThat(this.fixture.audits(newer.id(), "client.merged")).isOne();
		assertThatThrownBy(() -> this.registry.merge(older.id(), newer.id(), "lagi", this.rehab))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("client.error.merged"));
	}

	@Test
	void aReferredClientIsRegisteredAtTheReceivingUnitAsTheSamePersonWithoutAFlag() {
		PulihUser nakes = this.users.load(DemoUsers.HEALTH_WORKER);
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		Client atPuskesmas = this.registry.register(ClientFixture.outreach(facts, ClientFixture.SUKARASA), nakes)
			.client();

		Registration received = this.registry.registerReferred(atPuskesmas.id(), this.agent);

		assertThat(received.created()).isTrue();
		Client atUnit = received.client();
		assertThat(atUnit.id()).isNotEqualTo(atPuskesmas.id());
		assertThat(atUnit.uic()).isEqualTo(atPuskesmas.uic());
		assertThat(atUnit.birthYear()).isEqualTo(atPuskesmas.birthYear());
		assertThat(atUnit.organisationId()).isEqualTo(this.gunungputri.id());
		assertThat(atUnit.source()).isEqualTo(ClientSource.REFERRAL);
		assertThat(atUnit.sourceOrganisationId()).isEqualTo(atPuskesmas.organisationId());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM duplicate_flag WHERE uic = ?")
			.param(atPuskesmas.uic())
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> this.registry.get(atPuskesmas.id(), this.agent.scope()))
			.isInstanceOf(RecordNotFound.class);

		Registration again = this.registry.registerReferred(atPuskesmas.id(), this.agent);
		assertThat(again.created()).isFalse();
		assertThat(again.client().id()).isEqualTo(atUnit.id());
		assertThat(this.fixture.clientsWithUic(atPuskesmas.uic())).isEqualTo(2);
	}

	@Test
	void scopeDecidesWhoFindsAClient() {
		Client client = this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.FEMALE), ClientFixture.GUNUNGPUTRI), this.agent)
			.client();
		assertThat(this.registry.find(client.id(), this.otherAgent.scope())).isEmpty();
		assertThatThrownBy(() -> this.registry.get(client.id(), this.otherAgent.scope()))
			.isInstanceOf(RecordNotFound.class);
		assertThat(this.registry.search(this.otherAgent.scope(), client.uic(), 10)).isEmpty();
		assertThat(this.registry.ofOrganisation(this.gunungputri.id(), this.otherAgent.scope(), 10)).isEmpty();
		assertThat(this.registry.find(client.id(), this.rehab.scope())).isPresent();
		PulihUser healthWorker = this.users.load(DemoUsers.HEALTH_WORKER);
		assertThat(this.registry.find(client.id(), healthWorker.scope())).isEmpty();
		assertThat(this.registry.find(UUID.randomUUID(), Scope.national())).isEmpty();
	}

	@Test
	void aRetriedRegistrationWithTheSameIdIsANoOpAndOtherContentAConflict() {
		UUID id = UUID.randomUUID();
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		NewClient command = new NewClient(id, facts, Sex.MALE, facts.birthDate(), null, ClientFixture.GUNUNGPUTRI,
				ClientSource.OUTREACH, null, null);
		assertThat(this.registry.register(command, this.agent).created()).isTrue();
		Registration again = this.registry.register(command, this.agent);
		assertThat(again.created()).isFalse();
		assertThat(again.client().id()).isEqualTo(id);
		NewClient other = new NewClient(id, facts, Sex.MALE, facts.birthDate(), null, ClientFixture.CICADAS,
				ClientSource.OUTREACH, null, null);
		assertThatThrownBy(() -> this.registry.register(other, this.agent)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> this.registry.register(command, this.otherAgent)).isInstanceOf(Conflict.class);
		assertThat(this.fixture.clientsWithUic(again.client().uic())).isOne();
	}

	@Test
	void badInputIsRefusedWithItsFieldAndNothingIsWritten() {
		long clients = this.fixture.clients();
		UicFacts facts = ClientFixture.facts(Sex.FEMALE);
		LocalDate born = facts.birthDate();
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, "32.01.02.9999", ClientSource.OUTREACH, null, null),
				"villageCode", "client.error.villageNotFound");
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, "32.01.02", ClientSource.OUTREACH, null, null),
				"villageCode", "client.error.villageNotFound");
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH,
				null, ClientFixture.today().plusDays(2)), "registeredOn", "client.error.dateInFuture");
		refused(new NewClient(null, new UicFacts("Siti", "Agus", Sex.FEMALE, null), Sex.FEMALE, null, 1890,
				ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH, null, null), "birthYear",
				"client.error.birthYearRange");
		refused(new NewClient(null, new UicFacts("Siti", "Agus", Sex.FEMALE, null), Sex.FEMALE, null,
				ClientFixture.today().getYear(), ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH, null, null),
				"birthYear", "client.error.birthYearRange");
		refused(new NewClient(null, new UicFacts("3201012345678901", "Agus", Sex.FEMALE, born), Sex.FEMALE, born, null,
				ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH, null, null), "motherFirstName",
				"client.error.nikInName");
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, ClientFixture.GUNUNGPUTRI, ClientSource.REFERRAL,
				null, null), "sourceOrganisationId", "client.error.sourceOrganisationRequired");
		UUID partner = this.organisations.findByCode("MITRA-KEMENAKER", Scope.national()).orElseThrow().id();
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, ClientFixture.GUNUNGPUTRI, ClientSource.AFTERCARE,
				partner, null), "sourceOrganisationId", "client.error.sourceOrganisationType.AFTERCARE");
		refused(new NewClient(null, new UicFacts(facts.motherFirstName(), facts.fatherFirstName(), null, born), null,
				born, null, ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH, null, null), "sex",
				"client.error.sexRequired");
		refused(new NewClient(null, facts, Sex.MALE, born, null, ClientFixture.GUNUNGPUTRI, ClientSource.OUTREACH, null,
				null), "sex", "client.error.sexMismatch");
		refused(new NewClient(null, facts, Sex.FEMALE, born, null, ClientFixture.GUNUNGPUTRI, null, null, null),
				"source", "client.error.sourceRequired");
		assertThat(this.fixture.clients()).isEqualTo(clients);

		// a referral names its organisation, and the client keeps it
		UUID ipwl = this.organisations.findByCode("IPWL-3201", Scope.national()).orElseThrow().id();
		Client referred = this.registry
			.register(new NewClient(null, facts, Sex.FEMALE, born, null, ClientFixture.GUNUNGPUTRI,
					ClientSource.REFERRAL, ipwl, null), this.agent)
			.client();
		assertThat(referred.sourceOrganisationId()).isEqualTo(ipwl);
	}

	@Test
	void onlyAWorkerOfOneOrganisationRegisters() {
		PulihUser manager = this.users.load(DemoUsers.PROGRAMME_MANAGER);
		assertThatThrownBy(() -> this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.MALE), ClientFixture.GUNUNGPUTRI), manager))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("client.error.organisationScope"));
	}

	private void refused(NewClient command, String field, String key) {
		assertThatThrownBy(() -> this.registry.register(command, this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

}
