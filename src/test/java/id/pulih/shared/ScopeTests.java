package id.pulih.shared;

import java.util.UUID;

import id.pulih.shared.security.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTests {

	private final UUID bnnk = UUID.randomUUID();

	private final UUID unit = UUID.randomUUID();

	@Test
	void anOrganisationScopeCoversItsSubtreeOnly() {
		Scope scope = Scope.organisation(this.bnnk, "/root/" + this.bnnk + "/");
		assertThat(scope.covers("/root/" + this.bnnk + "/", "32.01")).isTrue();
		assertThat(scope.covers("/root/" + this.bnnk + "/" + this.unit + "/", "32.01.02.2004")).isTrue();
		assertThat(scope.covers("/root/other/", "32.01")).isFalse();
		assertThat(scope.covers("/root/", "32")).as("not its parent").isFalse();
		assertThat(scope.coversArea("32.01")).isFalse();
	}

	@Test
	void anAreaScopeCoversItsBranchOfCodes() {
		Scope scope = Scope.area("32.01");
		assertThat(scope.covers("/x/", "32.01.02.2004")).isTrue();
		assertThat(scope.covers("/x/", "32.73")).isFalse();
		assertThat(scope.coversArea("32.01")).isTrue();
		assertThat(scope.coversArea("32.0")).isFalse();
		assertThat(scope.organisationFilter("o").sql()).isEqualTo("o.area_code LIKE ?");
		assertThat(scope.organisationFilter("o").parameter()).isEqualTo("32.01%");
	}

	@Test
	void theNationalScopeCoversEverything() {
		assertThat(Scope.national().covers(null, null)).isTrue();
		assertThat(Scope.national().organisationFilter("o").parameter()).isNull();
	}

	@Test
	void idsAreTimeOrderedVersionSeven() {
		UUID earlier = Ids.newId(1_700_000_000_000L);
		UUID later = Ids.newId(1_700_000_000_001L);
		assertThat(earlier.version()).isEqualTo(7);
		assertThat(earlier.variant()).isEqualTo(2);
		assertThat(earlier.getMostSignificantBits()).isLessThan(later.getMostSignificantBits());
		assertThat(Ids.parseOrNull("not-a-uuid")).isNull();
		assertThat(Ids.parseOrNull(earlier.toString())).isEqualTo(earlier);
	}

	@Test
	void theFieldCipherRoundTripsAndDetectsTampering() {
		FieldCipher cipher = new FieldCipher("ZGVtby1rZXktZm9yLWxvY2FsLXVzZS1vbmx5LTMyYiE=");
		String sealed = cipher.encrypt("Nama Samaran");
		assertThat(sealed).startsWith("v1:").doesNotContain("Samaran");
		assertThat(cipher.encrypt("Nama Samaran")).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(cipher.decrypt(sealed)).isEqualTo("Nama Samaran");
		String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(tampered))
			.isInstanceOf(IllegalStateException.class);
	}

}
