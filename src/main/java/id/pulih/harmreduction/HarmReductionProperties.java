package id.pulih.harmreduction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the harm reduction services ({@code pulih.harmreduction.*}).
 *
 * @param methadone the bounds of a methadone dose and the missed-dose rule
 */
@ConfigurationProperties("pulih.harmreduction")
public record HarmReductionProperties(@DefaultValue @NestedConfigurationProperty Methadone methadone) {

	/**
	 * @param minDoseMg the smallest daily dose (mg)
	 * @param maxDoseMg the largest daily dose (mg)
	 * @param maxTakeHome the most take-home doses given at one visit
	 * @param missedDosesForReview consecutive missed days after which the next dose waits
	 * for a clinical review
	 */
	public record Methadone(@DefaultValue("5") int minDoseMg, @DefaultValue("200") int maxDoseMg,
			@DefaultValue("7") int maxTakeHome, @DefaultValue("3") int missedDosesForReview) {

		public Methadone {
			if (minDoseMg < 1 || maxDoseMg < minDoseMg) {
				throw new IllegalArgumentException(
						"pulih.harmreduction.methadone: min-dose-mg must be at least 1 and at most max-dose-mg");
			}
			if (maxTakeHome < 0 || missedDosesForReview < 1) {
				throw new IllegalArgumentException(
						"pulih.harmreduction.methadone: max-take-home must be 0 or more, missed-doses-for-review 1 or more");
			}
		}

	}

}
