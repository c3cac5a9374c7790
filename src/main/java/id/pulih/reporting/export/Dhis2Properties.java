package id.pulih.reporting.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a report's figures are named in DHIS2: the data set, a data element (and category
 * option combination) per indicator, and an organisation unit per area or organisation. A
 * figure whose indicator or place has no mapping is not sent.
 * <p>
 * Example ({@code application.properties}):
 *
 * <pre>
 * pulih.interop.dhis2.data-set=QX4ZTUbOt3a
 * # indicator: data element, optionally ":" and a category option combination
 * pulih.interop.dhis2.data-elements[SOCIALIZATION_SESSIONS]=fbfJHSPpUQD
 * pulih.interop.dhis2.data-elements[SOCIALIZATION_RECIPIENTS]=cYeuwXTCPkU:Prlt0C1RF0s
 * # indicator "." dimension, for a disaggregated figure; the indicator alone is the fallback
 * pulih.interop.dhis2.data-elements[COMMODITY_ISSUED.SYRINGE.APBD]=Jtf34kNZhzP:pq2XI5kz2BY
 * # ADX writes a disaggregation as category attributes: category=option, comma separated
 * pulih.interop.dhis2.categories[COMMODITY_ISSUED.SYRINGE.APBD]=ITEM=SYRINGE,SOURCE=APBD
 * # area code, organisation code, or ID for the nation
 * pulih.interop.dhis2.org-units[ID]=H8RixfF8ugH
 * pulih.interop.dhis2.org-units[32]=ImspTQPwCqd
 * pulih.interop.dhis2.org-units[32.01]=O6uvpzGd5pu
 * </pre>
 *
 * Keys hold dots (area codes, indicator and dimension). In a {@code .properties} file a
 * key may be written plainly ({@code org-units.32.01=…}) or in brackets
 * ({@code org-units[32.01]=…}); in YAML it must be bracketed and quoted
 * ({@code "[32.01]": …}). Brackets are the safe form everywhere. Keys are matched without
 * regard to case and with {@code _} and {@code .} taken as the same, so a mapping given
 * through environment variables ({@code PULIH_INTEROP_DHIS2_ORGUNITS_32_01}) is found
 * too.
 *
 * @param dataSet the DHIS2 data set the values belong to (written to the data value set
 * and to every ADX group); none when blank
 * @param dataElements by indicator, or indicator {@code .} dimension: the data element,
 * optionally followed by {@code :} and a category option combination
 * @param orgUnits by area code, organisation code or {@code ID}: the organisation unit
 * @param categories by the same keys as {@code dataElements}: the ADX category attributes
 * of a disaggregated figure, {@code CATEGORY=OPTION,CATEGORY=OPTION}; without one, ADX
 * names the category option combination in DHIS2's {@code categoryOptionCombo} attribute
 */
@ConfigurationProperties("pulih.interop.dhis2")
public record Dhis2Properties(@Nullable String dataSet, @DefaultValue Map<String, String> dataElements,
		@DefaultValue Map<String, String> orgUnits, @DefaultValue Map<String, String> categories) {

	private static final Pattern ID = Pattern.compile("[^\\s:]+");

	/** An ADX attribute name: an XML name without a prefix. */
	private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

	/** Attributes ADX itself gives a data value. */
	private static final Set<String> RESERVED = Set.of("dataElement", "value", "categoryOptionCombo",
			"attributeOptionCombo", "orgUnit", "period", "dataSet");

	public Dhis2Properties {
		dataSet = (dataSet == null || dataSet.isBlank()) ? null : dataSet.strip();
		dataElements = normalised(dataElements, "data-elements");
		orgUnits = normalised(orgUnits, "org-units");
		categories = normalised(categories, "categories");
		dataElements.forEach((key, value) -> parseDataElement(key, value));
		orgUnits.forEach((key, value) -> {
			if (!ID.matcher(value).matches()) {
				throw new IllegalArgumentException(
						"pulih.interop.dhis2.org-units[" + key + "] must be one id without spaces: '" + value + "'");
			}
		});
		categories.forEach((key, value) -> parseCategories(key, value));
	}

	/** No mapping at all: nothing is sent until one is configured. */
	public static Dhis2Properties none() {
		return new Dhis2Properties(null, Map.of(), Map.of(), Map.of());
	}

	/** The data element of a figure: by indicator and dimension, else by indicator. */
	Optional<DataElement> dataElement(String indicator, String dimension) {
		return Optional.ofNullable(lookup(this.dataElements, indicator, dimension))
			.map((value) -> parseDataElement(indicator, value));
	}

	/**
	 * The ADX category attributes of a figure, in the configured order; empty when none.
	 */
	Map<String, String> categories(String indicator, String dimension) {
		String value = lookup(this.categories, indicator, dimension);
		return (value != null) ? parseCategories(indicator, value) : Map.of();
	}

	Optional<String> orgUnit(String orgUnit) {
		return Optional.ofNullable(this.orgUnits.get(key(orgUnit)));
	}

	/**
	 * A figure's mapping: a disaggregated figure only by its own key
	 * ({@code INDICATOR.DIMENSION}), so two figures never land on one data value; an
	 * undisaggregated one by the indicator.
	 */
	private static @Nullable String lookup(Map<String, String> map, String indicator, String dimension) {
		return map.get(key(dimension.isBlank() ? indicator : indicator + "." + dimension));
	}

	private static Map<String, String> normalised(Map<String, String> map, String property) {
		Map<String, String> result = new HashMap<>();
		map.forEach((key, value) -> {
			String previous = result.put(key(key), value.strip());
			if (previous != null) {
				throw new IllegalArgumentException(
						"pulih.interop.dhis2." + property + " names '" + key + "' twice (keys ignore case, _ and .)");
			}
		});
		return Map.copyOf(result);
	}

	/**
	 * Keys ignore case and take {@code _} as {@code .}, as environment variables write
	 * them.
	 */
	private static String key(String key) {
		return key.strip().toUpperCase(Locale.ROOT).replace('_', '.');
	}

	private static DataElement parseDataElement(String key, String value) {
		String[] parts = value.split(":", -1);
		if (parts.length > 2 || !ID.matcher(parts[0]).matches()
				|| (parts.length == 2 && !ID.matcher(parts[1]).matches())) {
			throw new IllegalArgumentException("pulih.interop.dhis2.data-elements[" + key
					+ "] must be a data element id, optionally ':' and a category option combination id: '" + value
					+ "'");
		}
		return new DataElement(parts[0], (parts.length == 2) ? parts[1] : null);
	}

	private static Map<String, String> parseCategories(String key, String value) {
		Map<String, String> result = new LinkedHashMap<>();
		for (String pair : value.split(",")) {
			String[] parts = pair.split("=", -1);
			String category = parts[0].strip();
			if (parts.length != 2 || !ATTRIBUTE.matcher(category).matches() || RESERVED.contains(category)
					|| parts[1].isBlank() || result.put(category, parts[1].strip()) != null) {
				throw new IllegalArgumentException("pulih.interop.dhis2.categories[" + key
						+ "] must be CATEGORY=OPTION pairs separated by commas, each category once: '" + value + "'");
			}
		}
		return result;
	}

	/**
	 * @param id the data element's id
	 * @param categoryOptionCombo the category option combination's id; none for the
	 * default one
	 */
	record DataElement(String id, @Nullable String categoryOptionCombo) {

	}

}
