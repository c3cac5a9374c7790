package id.pulih.client;

import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consent and the identity vault: identifying details only under consent, encrypted at
 * rest, opened only by the roles that serve the client, each view audited with its
 * reason; withdrawing consent (or its running out) erases them.
 */
@PulihSpringTest
class IdentityVaultTests {

	@Autowired
	private ClientRegistry registry;

	@Autowired
	private IdentityVault vault;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	private ClientFixture fixture;

	private PulihUser agent;

	private UUID clientId;

	@BeforeEach
	void registerAClient() {
		this.fixture = new ClientFixture(this.jdbc);
		this.agent = this.users.load(DemoUsers.RECOVERY_AGENT);
		this.clientId = this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.MALE), ClientFixture.GUNUNGPUTRI), this.agent)
			.client()
			.id();
	}

	private IdentityDetails details() {
		return new IdentityDetails("Ujang Gondrong", "3201 0112 3456 7890", "0812-3456-7890", "Kp. Babakan RT 02/05");
	}

	@Test
	void identityIsKeptOnlyUnderConsentAndEncryptedAtRest() {
		assertThatThrownBy(() -> this.vault.recordIdentity(this.clientId, details(), this.agent))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("client.error.identityNeedsConsent"));
		assertThat(identityRows()).isZero();

		this.vault.giveConsent(this.clientId, "Kunjungan dan tindak lanjut", ClientFixture.today(), 24, this.agent);
		Client client = this.vault.recordIdentity(this.clientId, details(), this.agent);
		assertThat(client.hasIdentity()).isTrue();
		assertThat(client.activeConsent(ClientFixture.today())).hasValueSatisfying(consent -> {
			assertThat(consent.takenBy()).isEqualTo(DemoUsers.RECOVERY_AGENT);
			assertThat(consent.retentionMonths()).isEqualTo(24);
		});

		Map<String, Object> raw = this.jdbc
			.sql("SELECT name_or_nickname, nik, phone, address FROM client_identity WHERE client_id = ?")
			.param(this.clientId)
			.query()
			.singleRow();
		assertThat(raw.values()).allSatisfy(column -> assertThat((String) column).startsWith("v1:"));
		String stored = String.join(" ", raw.values().stream().map(String::valueOf).toList());
		assertThat(stored).doesNotContain("Ujang", "Gondrong", "3201", "7890", "Babakan");
		assertThat(this.fixture.audits(this.clientId, "client.consentGiven")).isOne();
		assertThat(this.fixture.audits(this.clientId, "client.identityRecorded")).isOne();
		// the client itself, its code and the audit trail never carry the details
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND detail LIKE '%Ujang%'")
			.param(this.clientId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyViewIsAuditedWithItsReasonAndOnlyForTheRolesThatServeTheClient() {
		this.vault.giveConsent(this.clientId, "Layanan", ClientFixture.today(), 12, this.agent);
		this.vault.recordIdentity(this.clientId, details(), this.agent);

		IdentityDetails seen = this.vault
			.reveal(this.clientId, RevealReason.FOLLOW_UP, null, this.users.load(DemoUsers.UNIT_CHAIR))
			.orElseThrow();
		assertThat(seen.nameOrNickname()).isEqualTo("Ujang Gondrong");
		assertThat(seen.nik()).isEqualTo("3201011234567890");
		assertThat(seen.phone()).isEqualTo("0812-3456-7890");
		this.vault.reveal(this.clientId, RevealReason.OTHER, "Mendampingi ke pengadilan", this.agent);
		// (the actor is the signed-in user of the request; ClientPagesTests checks it)
		assertThat(
				this.jdbc.sql("SELECT detail FROM audit_event WHERE entity_id = ? AND action = 'client.identityViewed'")
					.param(this.clientId)
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("reason: FOLLOW_UP", "reason: OTHER - Mendampingi ke pengadilan");

		assertThatThrownBy(() -> this.vault.reveal(this.clientId, RevealReason.OTHER, " ", this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("explanation"));
		assertThatThrownBy(() -> this.vault.reveal(this.clientId, null, null, this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		for (String forbidden : new String[] { DemoUsers.REHABILITATION_OFFICER, DemoUsers.PROGRAMME_MANAGER,
				DemoUsers.ADMINISTRATOR }) {
			assertThatThrownBy(
					() -> this.vault.reveal(this.clientId, RevealReason.SERVICE, null, this.users.load(forbidden)))
				.isInstanceOf(AccessDeniedException.class);
		}
		// another unit's agent does not find the client at all
		assertThatThrownBy(() -> this.vault.reveal(this.clientId, RevealReason.SERVICE, null,
				this.users.load(DemoUsers.OTHER_RECOVERY_AGENT)))
			.isInstanceOf(id.pulih.shared.RecordNotFound.class);
		assertThat(this.fixture.audits(this.clientId, "client.identityViewed")).isEqualTo(2);
	}

	@Test
	void withdrawingConsentErasesTheIdentity() {
		this.vault.giveConsent(this.clientId, "Layanan", ClientFixture.today(), 12, this.agent);
		this.vault.recordIdentity(this.clientId, details(), this.agent);
		Client client = this.vault.withdrawConsent(this.clientId, this.users.load(DemoUsers.UNIT_CHAIR));
		assertThat(client.hasIdentity()).isFalse();
		assertThat(client.consents()).singleElement()
			.satisfies(consent -> assertThat(consent.withdrawnBy()).isEqualTo(DemoUsers.UNIT_CHAIR));
		assertThat(identityRows()).isZero();
		assertThat(this.vault.reveal(this.clientId, RevealReason.SERVICE, null, this.agent)).isEmpty();
		assertThat(this.fixture.audits(this.clientId, "client.consentWithdrawn")).isOne();
		assertThat(this.fixture.audits(this.clientId, "client.identityErased")).isOne();
		assertThatThrownBy(() -> this.vault.recordIdentity(this.clientId, details(), this.agent))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anIdentityWhoseConsentRanOutIsErasedByTheNightlyJob() {
		this.vault.giveConsent(this.clientId, "Layanan", ClientFixture.today(), 1, this.agent);
		this.vault.recordIdentity(this.clientId, details(), this.agent);
		this.jdbc.sql("UPDATE client_consent SET consented_on = ?, retained_until = ? WHERE client_id = ?")
			.params(ClientFixture.today().minusMonths(2), ClientFixture.today().minusMonths(1).minusDays(1),
					this.clientId)
			.update();

		// run out: no longer opened, even before the job erases it
		assertThat(this.vault.reveal(this.clientId, RevealReason.SERVICE, null, this.agent)).isEmpty();
		assertThat(this.fixture.audits(this.clientId, "client.identityViewed")).isZero();

		this.vault.eraseLapsedIdentities();

		assertThat(identityRows()).isZero();
		assertThat(this.fixture.audits(this.clientId, "client.identityErased")).isOne();
	}

	@Test
	void badIdentityIsRefusedWithItsField() {
		this.vault.giveConsent(this.clientId, "Layanan", ClientFixture.today(), 12, this.agent);
		assertThatThrownBy(() -> this.vault.recordIdentity(this.clientId,
				new IdentityDetails("Ujang", "3201-0112-3456", null, null), this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("nik"));
		assertThatThrownBy(() -> this.vault.recordIdentity(this.clientId,
				new IdentityDetails("3201011234567890", null, null, null), this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("nameOrNickname"));
		assertThatThrownBy(
				() -> this.vault.recordIdentity(this.clientId, new IdentityDetails(" ", null, "", null), this.agent))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("client.error.identityEmpty"));
		assertThatThrownBy(() -> this.vault.recordIdentity(this.clientId,
				new IdentityDetails(null, null, "telepon saya", null), this.agent))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("phone"));
		assertThat(identityRows()).isZero();
	}

	private long identityRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM client_identity WHERE client_id = ?")
			.param(this.clientId)
			.query(Long.class)
			.single();
	}

}
