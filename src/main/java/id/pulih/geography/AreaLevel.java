package id.pulih.geography;

/** The four levels of Indonesian administration, top down. */
public enum AreaLevel {

	PROVINCE, REGENCY, DISTRICT, VILLAGE;

	public int number() {
		return ordinal() + 1;
	}

	public static AreaLevel ofNumber(int number) {
		return values()[number - 1];
	}

	/** The level of a Kemendagri code, from how many dotted parts it has. */
	public static AreaLevel ofCode(String code) {
		int parts = code.split("\\.", -1).length;
		if (parts < 1 || parts > 4) {
			throw new IllegalArgumentException("not an area code: " + code);
		}
		return values()[parts - 1];
	}

}
