package id.pulih.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's life: registration checks, consent given and withdrawn (erasing the
 * identity), identity only under consent, and merging.
 */
class ClientTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static Client client() {
		return Client.register(null, "SIAG2150390", Sex.FEMALE, LocalDate.of(1990, 3, 15), 1990, "32.01.02.2004", "32",
				ClientSource.OUTREACH, null, UUID.randomUUID(), TODAY.minusDays(3), TODAY);
	}

	private static SealedIdentity sealed() {
		return new SealedIdentity("v1:name", null, "v1:phone", null, Instant.now(), "agent");
	}

	private static void refused(Runnable command, String field, String key) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void registrationChecksBirthAndDates() {
		Client client = client();
		assertThat(client.id()).isNotNull();
		assertThat(client.birthYear()).isEqualTo(1990);
		assertThat(client.isMerged()).isFalse();
		refused(() -> Client.checkBirth(TODAY.plusDays(1), null, TODAY), "birthDate", "client.error.birthDateInFuture");
		refused(() -> Client.checkBirth(null, 1925, TODAY), "birthYear", "client.error.birthYearRange");
		refused(() -> Client.checkBirth(null, 2020, TODAY), "birthYear", "client.error.birthYearRange");
		refused(() -> Client.checkBirth(null, null, TODAY), "birthYear", "client.error.birthRequired");
		refused(() -> Client.checkBirth(LocalDate.of(1990, 1, 1), 1991, TODAY), "birthYear",
				"client.error.birthYearMismatch");
		refused(() -> Client.register(null, "SIAG2150390", Sex.FEMALE, null, 1990, "32.01.02.2004", "32",
				ClientSource.OUTREACH, null, UUID.randomUUID(), TODAY.plusDays(1), TODAY), "registeredOn",
				"client.error.dateInFuture");
		refused(() -> Client.register(null, "SIAG2150390", Sex.FEMALE, null, 1990, "32.01.02.2004", "32",
				ClientSource.REFERRAL, null, UUID.randomUUID(), TODAY, TODAY), "sourceOrganisationId",
				"client.error.sourceOrganisationRequired");
	}

	@Test
	void identityIsKeptOnlyUnderConsentAndWithdrawalErasesIt() {
		Client client = client();
		refused(() -> client.recordIdentity(sealed(), TODAY), null, "client.error.identityNeedsConsent");
		Consent consent = client.giveConsent(" Kunjungan rumah ", TODAY, 12, "agent", TODAY);
		assertThat(consent.purpose()).isEqualTo("Kunjungan rumah");
		assertThat(consent.retainedUntil()).isEqualTo(TODAY.plusMonths(12).minusDays(1));
		client.recordIdentity(sealed(), TODAY);
		assertThat(client.hasIdentity()).isTrue();
		refused(() -> client.giveConsent("Lagi", TODAY, 12, "agent", TODAY), null, "client.error.consentActive");

		Consent withdrawn = client.withdrawConsent("chair", TODAY);
		assertThat(withdrawn.withdrawnOn()).isEqualTo(TODAY);
		assertThat(withdrawn.withdrawnBy()).isEqualTo("chair");
		assertThat(client.hasIdentity()).isFalse();
		assertThat(client.activeConsent(TODAY)).isEmpty();
		assertThat(client.consents()).singleElement().satisfies(c -> assertThat(c.isWithdrawn()).isTrue());
		refused(() -> client.withdrawConsent("chair", TODAY), null, "client.error.noActiveConsent");
	}

	@Test
	void consentIsCheckedAndRunsOut() {
		Client client = client();
		refused(() -> client.giveConsent(" ", TODAY, 12, "agent", TODAY), "purpose", "client.error.purposeRequired");
		refused(() -> client.giveConsent("x", TODAY.plusDays(1), 12, "agent", TODAY), "consentedOn",
				"client.error.dateInFuture");
		refused(() -> client.giveConsent("x", TODAY, 0, "agent", TODAY), "retentionMonths",
				"client.error.retentionRange");
		refused(() -> client.giveConsent("x", TODAY, 121, "agent", TODAY), "retentionMonths",
				"client.error.retentionRange");
		refused(() -> client.giveConsent("x", TODAY.minusMonths(13), 12, "agent", TODAY), "consentedOn",
				"client.error.consentAlreadyExpired");
		assertThat(client.consents()).isEmpty();

		client.giveConsent("Tindak lanjut", TODAY.minusMonths(6), 6, "agent", TODAY.minusMonths(6));
		client.recordIdentity(sealed(), TODAY.minusMonths(1));
		assertThat(client.eraseIdentityWithoutConsent(TODAY.minusDays(1))).isFalse();
		assertThat(client.eraseIdentityWithoutConsent(TODAY)).isTrue();
		assertThat(client.hasIdentity()).isFalse();
	}

	@Test
	void aMergedClientPointsToItsSurvivorAndTakesNoMoreChanges() {
		Client survivor = client();
		Client merged = client();
		refused(() -> merged.mergeInto(survivor, " ", "rehab", Instant.now()), "reason", "client.error.reasonRequired");
		refused(() -> merged.mergeInto(merged, "x", "rehab", Instant.now()), null, "client.error.mergeSelf");
		merged.mergeInto(survivor, "Same mother, same village", "rehab", Instant.now());
		assertThat(merged.mergedInto()).isEqualTo(survivor.id());
		assertThat(merged.isMerged()).isTrue();
		refused(() -> merged.giveConsent("x", TODAY, 12, "agent", TODAY), null, "client.error.merged");
		refused(() -> survivor.mergeInto(merged, "x", "rehab", Instant.now()), null, "client.error.merged");
	}

}
