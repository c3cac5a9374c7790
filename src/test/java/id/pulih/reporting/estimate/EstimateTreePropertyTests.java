package id.pulih.reporting.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The denominators of every area of a small country, for any entries: each figure is the
 * area's own entry, else the sum of its children's figures (found the same way), else
 * null, exactly as the rule is written, and it says when it was summed.
 */
class EstimateTreePropertyTests {

	/** A small country with every level, nation to village. */
	private static final Map<String, List<String>> CHILDREN = Map.of("ID", List.of("11", "12"), "11",
			List.of("11.01", "11.02"), "12", List.of("12.01"), "11.01", List.of("11.01.01", "11.01.02"), "11.02",
			List.of(), "12.01", List.of("12.01.01"), "11.01.01", List.of("11.01.01.2001", "11.01.01.2002"), "11.01.02",
			List.of(), "12.01.01", List.of("12.01.01.2001"));

	private static final List<String> AREAS = List.of("ID", "11", "12", "11.01", "11.02", "12.01", "11.01.01",
			"11.01.02", "12.01.01", "11.01.01.2001", "11.01.01.2002", "12.01.01.2001");

	@Provide
	Arbitrary<List<EstimateTree.Entry>> entries() {
		Arbitrary<@Nullable Long> figure = Arbitraries.longs().between(1, 1_000).injectNull(0.5);
		return Arbitraries.subsetOf(AREAS)
			.flatMap(codes -> Combinators
				.combine(figure.list().ofSize(codes.size()), figure.list().ofSize(codes.size()),
						figure.list().ofSize(codes.size()))
				.as((pwid, opioid, hiv) -> {
					List<EstimateTree.Entry> entries = new ArrayList<>();
					List<String> ordered = new ArrayList<>(codes);
					for (int i = 0; i < ordered.size(); i++) {
						entries.add(new EstimateTree.Entry(ordered.get(i), pwid.get(i), opioid.get(i), hiv.get(i)));
					}
					return entries;
				}));
	}

	@Property
	void everyAreaTakesItsOwnEntryElseItsChildrensSum(@ForAll("entries") List<EstimateTree.Entry> entries) {
		EstimateTree tree = new EstimateTree(entries);
		for (String area : AREAS) {
			Denominators found = tree.of(area);
			check(area, entries, EstimateTree.Entry::pwid, found.pwid(), found.pwidSummed());
			check(area, entries, EstimateTree.Entry::opioidPwid, found.opioidPwid(), found.opioidPwidSummed());
			check(area, entries, EstimateTree.Entry::pwidHiv, found.pwidHiv(), found.pwidHivSummed());
		}
	}

	private static void check(String area, List<EstimateTree.Entry> entries,
			Function<EstimateTree.Entry, @Nullable Long> figure, @Nullable Long found, boolean summed) {
		Long own = own(area, entries, figure);
		assertThat(found).as("%s in %s", area, entries).isEqualTo(expected(area, entries, figure));
		assertThat(summed).as("summed %s in %s", area, entries).isEqualTo(own == null && found != null);
	}

	/**
	 * The rule as written: the own entry, else the sum of the children (null if none).
	 */
	private static @Nullable Long expected(String area, List<EstimateTree.Entry> entries,
			Function<EstimateTree.Entry, @Nullable Long> figure) {
		Long own = own(area, entries, figure);
		if (own != null) {
			return own;
		}
		Long sum = null;
		for (String child : CHILDREN.getOrDefault(area, List.of())) {
			Long value = expected(child, entries, figure);
			if (value != null) {
				sum = (sum != null) ? sum + value : value;
			}
		}
		return sum;
	}

	private static @Nullable Long own(String area, List<EstimateTree.Entry> entries,
			Function<EstimateTree.Entry, @Nullable Long> figure) {
		return entries.stream()
			.filter(e -> e.areaCode().equals(area))
			.map(figure)
			.filter(v -> v != null)
			.findFirst()
			.orElse(null);
	}

}
