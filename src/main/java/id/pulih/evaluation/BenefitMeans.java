package id.pulih.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Community benefit survey means per statement over a year's responses.
 *
 * @param responses how many responses the means are over
 */
public record BenefitMeans(int year, int responses, List<StatementMean> statements) {

	/**
	 * @param mean the mean of the answers, to two decimals (half up)
	 * @param answers how many answers the mean is over
	 */
	public record StatementMean(String itemCode, String text, BigDecimal mean, int answers) {

	}

}
