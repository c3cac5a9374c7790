package id.pulih.client;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's recorded consent to keep identifying details: for what, when, who took it
 * and for how long; and, once withdrawn, when and by whom.
 *
 * @param takenBy the username of the worker who took it
 * @param retentionMonths how long identifying details may be kept from
 * {@code consentedOn}
 * @param retainedUntil the last day they may be kept: a day before {@code consentedOn}
 * plus the retention months
 */
@Table("client_consent")
public record Consent(@Id UUID id, String purpose, LocalDate consentedOn, String takenBy, int retentionMonths,
		LocalDate retainedUntil, @Nullable LocalDate withdrawnOn, @Nullable String withdrawnBy) {

	static Consent given(String purpose, LocalDate consentedOn, String takenBy, int retentionMonths) {
		return new Consent(Ids.newId(), purpose, consentedOn, takenBy, retentionMonths,
				consentedOn.plusMonths(retentionMonths).minusDays(1), null, null);
	}

	/** Whether the consent holds on that day: not withdrawn and not run out. */
	public boolean isActiveOn(LocalDate day) {
		return this.withdrawnOn == null && !day.isAfter(retainedUntil());
	}

	public boolean isWithdrawn() {
		return this.withdrawnOn != null;
	}

	Consent withdrawn(LocalDate on, String by) {
		return new Consent(this.id, this.purpose, this.consentedOn, this.takenBy, this.retentionMonths,
				this.retainedUntil, on, by);
	}

}
