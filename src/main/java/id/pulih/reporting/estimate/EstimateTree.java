package id.pulih.reporting.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The figures entered for one year in some part of the country, and the
 * {@link Denominators} they give each area. Areas form a tree by their dotted codes: the
 * nation ({@value PopulationEstimates#NATION}) above the provinces ({@code 32}), a
 * province above its regencies ({@code 32.01}), a regency above its districts
 * ({@code 32.01.02}), a district above its villages ({@code 32.01.02.2004}).
 * <p>
 * An area's figure is its own entry, else the sum of its children's figures, each found
 * the same way. That is the sum of the topmost entries below the area: the entries with
 * no entry (of that figure) between them and the area. Only areas with entries are
 * visited, never the 91,603 areas of the country.
 */
final class EstimateTree {

	/** Every entry by its area code. */
	private final Map<String, Entry> entries = new HashMap<>();

	/** The entries below each province, by province code. */
	private final Map<String, List<Entry>> byProvince = new HashMap<>();

	EstimateTree(Collection<Entry> rows) {
		for (Entry entry : rows) {
			this.entries.put(entry.areaCode(), entry);
			if (!entry.areaCode().equals(PopulationEstimates.NATION)) {
				this.byProvince.computeIfAbsent(provinceOf(entry.areaCode()), code -> new ArrayList<>()).add(entry);
			}
		}
	}

	/** The figures a report uses for the area. */
	Denominators of(String areaCode) {
		Figure pwid = figure(areaCode, Entry::pwid);
		Figure opioidPwid = figure(areaCode, Entry::opioidPwid);
		Figure pwidHiv = figure(areaCode, Entry::pwidHiv);
		if (pwid.value() == null && opioidPwid.value() == null && pwidHiv.value() == null) {
			return Denominators.NONE;
		}
		return new Denominators(pwid.value(), opioidPwid.value(), pwidHiv.value(), pwid.summed(), opioidPwid.summed(),
				pwidHiv.summed());
	}

	private Figure figure(String areaCode, Function<Entry, @Nullable Long> figure) {
		Entry own = this.entries.get(areaCode);
		Long entered = (own != null) ? figure.apply(own) : null;
		if (entered != null) {
			return new Figure(entered, false);
		}
		long sum = 0;
		boolean found = false;
		for (Entry entry : below(areaCode)) {
			Long value = figure.apply(entry);
			if (value != null && isBelow(entry.areaCode(), areaCode)
					&& !enteredBetween(areaCode, entry.areaCode(), figure)) {
				sum += value;
				found = true;
			}
		}
		return found ? new Figure(sum, true) : new Figure(null, false);
	}

	/** The entries that may lie below the area (those of its province, or all). */
	private Collection<Entry> below(String areaCode) {
		if (areaCode.equals(PopulationEstimates.NATION)) {
			return this.entries.values();
		}
		return this.byProvince.getOrDefault(provinceOf(areaCode), List.of());
	}

	/**
	 * Whether an area between {@code top} and {@code code} (both excluded) has this
	 * figure entered: then that entry counts for its part of the tree, not
	 * {@code code}'s.
	 */
	private boolean enteredBetween(String top, String code, Function<Entry, @Nullable Long> figure) {
		for (String area = parentOf(code); area != null && !area.equals(top); area = parentOf(area)) {
			Entry entry = this.entries.get(area);
			if (entry != null && figure.apply(entry) != null) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code code} lies strictly below {@code top}. */
	static boolean isBelow(String code, String top) {
		if (top.equals(PopulationEstimates.NATION)) {
			return !code.equals(PopulationEstimates.NATION);
		}
		return code.length() > top.length() + 1 && code.startsWith(top) && code.charAt(top.length()) == '.';
	}

	/** The area above: a province's is the nation, the nation has none. */
	static @Nullable String parentOf(String code) {
		if (code.equals(PopulationEstimates.NATION)) {
			return null;
		}
		int dot = code.lastIndexOf('.');
		return (dot < 0) ? PopulationEstimates.NATION : code.substring(0, dot);
	}

	static String provinceOf(String code) {
		return (code.length() > 2) ? code.substring(0, 2) : code;
	}

	/** The figures entered for one area (any may be null). */
	record Entry(String areaCode, @Nullable Long pwid, @Nullable Long opioidPwid, @Nullable Long pwidHiv) {

	}

	private record Figure(@Nullable Long value, boolean summed) {

	}

}
