package id.pulih.client;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collision rate of the client code on a quick sample of 20,000 synthetic people (the
 * one-million measurement of docs/uic.md runs with {@link UicCollisions#main}, outside
 * the suite).
 */
class UicCollisionTests {

	private final UicBuilder uics = new UicBuilder(UicProperties.defaults());

	@Test
	void theGeneratorUsesRealisticNameLists() {
		assertThat(new HashSet<>(UicCollisions.FEMALE)).hasSize(UicCollisions.FEMALE.size()).hasSizeGreaterThan(150);
		assertThat(new HashSet<>(UicCollisions.MALE)).hasSize(UicCollisions.MALE.size()).hasSizeGreaterThan(150);
	}

	@Test
	void fewPeopleShareACodeInAPopulationTheSizeOfADistrict() {
		UicCollisions.Result result = UicCollisions.measure(this.uics, 20_000, 0.5, UicCollisions.SEED);
		assertThat(result.people()).isEqualTo(20_000);
		assertThat(result.sharingPercent()).as("people sharing their code, %").isLessThan(1.0);
		assertThat(result.largestGroup()).isLessThanOrEqualTo(3);
	}

	@Test
	void theMeasurementIsReproducible() {
		UicCollisions.Result first = UicCollisions.measure(this.uics, 5_000, 0.9, 7L);
		UicCollisions.Result again = UicCollisions.measure(new UicBuilder(UicProperties.defaults()), 5_000, 0.9, 7L);
		assertThat(again).isEqualTo(first);
		assertThat(first.distinctCodes()).isGreaterThan(4_900);
	}

}
