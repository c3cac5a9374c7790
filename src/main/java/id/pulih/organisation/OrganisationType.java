package id.pulih.organisation;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.geography.AreaLevel;

/**
 * The kinds of organisation in DOMAIN.md, with the area level each sits at (null: any, or
 * none for the national agency) and the types its parent may have (empty: any or none).
 */
public enum OrganisationType {

	BNN(null, Set.of()), BNNP(AreaLevel.PROVINCE, Set.of("BNN")), BNNK(AreaLevel.REGENCY, Set.of("BNNP")),
	DINKES_PROVINCE(AreaLevel.PROVINCE, Set.of()), DINKES_REGENCY(AreaLevel.REGENCY, Set.of("DINKES_PROVINCE")),
	PUSKESMAS(null, Set.of("DINKES_REGENCY")), IPWL(null, Set.of()), CLINIC(null, Set.of()), HOSPITAL(null, Set.of()),
	LRIP(null, Set.of()), LRKM(null, Set.of()), LAPAS(null, Set.of()), LSM(null, Set.of()), WPA_GROUP(null, Set.of()),
	IBM_UNIT(AreaLevel.VILLAGE, Set.of("BNNK", "BNNP")), NETWORK_PARTNER(null, Set.of());

	private final AreaLevel areaLevel;

	private final Set<String> parentTypes;

	OrganisationType(AreaLevel areaLevel, Set<String> parentTypes) {
		this.areaLevel = areaLevel;
		this.parentTypes = parentTypes;
	}

	/** The area level this type must sit at, or null when any level will do. */
	public AreaLevel areaLevel() {
		return this.areaLevel;
	}

	/** Whether this type needs an area at all (only the national agency has none). */
	public boolean needsArea() {
		return this != BNN;
	}

	public Set<OrganisationType> allowedParents() {
		Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
		this.parentTypes.forEach(name -> types.add(valueOf(name)));
		return types;
	}

	/**
	 * Whether this type must have a parent (BNNP under BNN, BNNK under BNNP, units under
	 * BNNK).
	 */
	public boolean needsParent() {
		return this == BNNP || this == BNNK || this == IBM_UNIT;
	}

}
