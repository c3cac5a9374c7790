package id.pulih.geography.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaFileTests {

	@Test
	void readsPlainQuotedAndEscapedFields() {
		assertThat(V20261122_1001__Load_areas.parseCsvLine("32.01,32,Kabupaten Bogor")).containsExactly("32.01", "32",
				"Kabupaten Bogor");
		assertThat(V20261122_1001__Load_areas.parseCsvLine("12.07.28.1007,12.07.28,\"Lubuk Pakam I,II\""))
			.containsExactly("12.07.28.1007", "12.07.28", "Lubuk Pakam I,II");
		assertThat(V20261122_1001__Load_areas.parseCsvLine("35.13.15.2017,35.13.15,\"Soka\"\"an\""))
			.containsExactly("35.13.15.2017", "35.13.15", "Soka\"an");
		assertThat(V20261122_1001__Load_areas.parseCsvLine("a,,c")).isEqualTo(List.of("a", "", "c"));
	}

	@Test
	void theShippedFilesHaveTheWholeCountry() throws Exception {
		assertThat(V20261122_1001__Load_areas.read("/geography/idn-area/provinces.csv")).hasSize(38);
		assertThat(V20261122_1001__Load_areas.read("/geography/idn-area/villages.csv")).hasSize(83_762)
			.allMatch(row -> row.size() == 3);
	}

}
