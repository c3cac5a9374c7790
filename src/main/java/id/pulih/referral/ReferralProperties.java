package id.pulih.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a referral may wait: the days the receiving organisation has to answer, by
 * urgency ({@code pulih.referral.respond-days.urgent}, {@code .soon}, {@code .routine}),
 * and the days to complete it once accepted ({@code pulih.referral.complete-days}). The
 * due day is fixed when the referral is sent or accepted, so a change applies to
 * referrals sent or accepted afterwards.
 */
@ConfigurationProperties("pulih.referral")
record ReferralProperties(@DefaultValue RespondDays respondDays, @DefaultValue("30") int completeDays) {

	ReferralProperties {
		if (completeDays < 1) {
			throw new IllegalArgumentException("pulih.referral.complete-days must be at least 1");
		}
	}

	int respondDays(Urgency urgency) {
		return switch (urgency) {
			case URGENT -> this.respondDays.urgent();
			case SOON -> this.respondDays.soon();
			case ROUTINE -> this.respondDays.routine();
		};
	}

	record RespondDays(@DefaultValue("2") int urgent, @DefaultValue("7") int soon, @DefaultValue("14") int routine) {

		RespondDays {
			if (urgent < 0 || soon < 0 || routine < 0) {
				throw new IllegalArgumentException("pulih.referral.respond-days.* must not be negative");
			}
		}

	}

}
