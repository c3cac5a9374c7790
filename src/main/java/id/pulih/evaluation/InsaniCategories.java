package id.pulih.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * INSANI compliance over a year's responses: per component the mean of every answer given
 * to its items (each response answers all items of one component, so this is the mean of
 * the responses' scores) and its category (1–4), and overall the mean of the component
 * means with its category. Means are rounded to two decimals before the bands are
 * applied.
 */
public record InsaniCategories(int year, int responses, List<Component> components, @Nullable BigDecimal overall,
		@Nullable Integer overallCategory) {

	/**
	 * @param mean to two decimals (half up), null when no response answered the component
	 * @param category the band holding the mean, null without responses
	 */
	public record Component(String code, String title, @Nullable BigDecimal mean, @Nullable Integer category,
			int responses) {

	}

}
