package id.pulih.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import id.pulih.geography.AreaLevel;
import id.pulih.shared.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules each type of organisation brings: where it sits in the tree, at which area
 * level, and that every type, phase, status and partner kind has a label in both
 * languages.
 */
class OrganisationTypeTests {

	@Test
	void theBnnChainAndUnitsNeedAParent() {
		assertThat(Arrays.stream(OrganisationType.values()).filter(OrganisationType::needsParent))
			.containsExactlyInAnyOrder(OrganisationType.BNNP, OrganisationType.BNNK, OrganisationType.IBM_UNIT);
	}

	@Test
	void eachTypeSitsUnderTheRightParents() {
		assertThat(OrganisationType.BNN.allowedParents()).isEmpty();
		assertThat(OrganisationType.BNNP.allowedParents()).containsExactly(OrganisationType.BNN);
		assertThat(OrganisationType.BNNK.allowedParents()).containsExactly(OrganisationType.BNNP);
		assertThat(OrganisationType.IBM_UNIT.allowedParents()).containsExactlyInAnyOrder(OrganisationType.BNNK,
				OrganisationType.BNNP);
		assertThat(OrganisationType.PUSKESMAS.allowedParents()).containsExactly(OrganisationType.DINKES_REGENCY);
		assertThat(OrganisationType.DINKES_REGENCY.allowedParents()).containsExactly(OrganisationType.DINKES_PROVINCE);
		assertThat(OrganisationType.CLINIC.allowedParents()).isEmpty();
		assertThat(OrganisationType.NETWORK_PARTNER.allowedParents()).isEmpty();
	}

	@Test
	void eachTypeSitsAtItsAreaLevel() {
		assertThat(OrganisationType.BNN.needsArea()).isFalse();
		assertThat(OrganisationType.BNN.areaLevel()).isNull();
		assertThat(OrganisationType.BNNP.areaLevel()).isEqualTo(AreaLevel.PROVINCE);
		assertThat(OrganisationType.BNNK.areaLevel()).isEqualTo(AreaLevel.REGENCY);
		assertThat(OrganisationType.DINKES_PROVINCE.areaLevel()).isEqualTo(AreaLevel.PROVINCE);
		assertThat(OrganisationType.DINKES_REGENCY.areaLevel()).isEqualTo(AreaLevel.REGENCY);
		assertThat(OrganisationType.IBM_UNIT.areaLevel()).isEqualTo(AreaLevel.VILLAGE);
		assertThat(OrganisationType.PUSKESMAS.areaLevel()).isNull();
		assertThat(Arrays.stream(OrganisationType.values()).filter(type -> type != OrganisationType.BNN))
			.allMatch(OrganisationType::needsArea);
	}

	@Test
	void everyTypeOfTheDomainIsThere() {
		assertThat(OrganisationType.values()).hasSize(16);
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages/organisation.properties", "messages/organisation_en.properties" })
	void everyChoiceHasALabel(String bundle) throws IOException {
		Properties labels = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Stream<String> keys = Stream.of(Arrays.stream(OrganisationType.values()).map(t -> "organisation.type." + t),
				Arrays.stream(DevelopmentPhase.values()).map(p -> "organisation.phase." + p),
				Arrays.stream(UnitYearStatus.values()).map(s -> "organisation.yearStatus." + s),
				Arrays.stream(FundingSource.values()).map(s -> "funding.source." + s),
				Arrays.stream(OrganisationController.PartnerKind.values()).map(k -> "organisation.partnerKind." + k))
			.flatMap(s -> s);
		assertThat(keys).allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void aSummaryKnowsItsDepth() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		assertThat(new OrganisationSummary(a, "A", "A", OrganisationType.BNN, null, null, "/" + a + "/", false).depth())
			.isZero();
		assertThat(new OrganisationSummary(b, "B", "B", OrganisationType.BNNP, a, "32", "/" + a + "/" + b + "/", false)
			.depth()).isEqualTo(1);
	}

}
