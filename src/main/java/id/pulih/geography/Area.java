package id.pulih.geography;

/**
 * One administrative area.
 *
 * @param code the Kemendagri code, e.g. {@code 32.01.02.2004}
 * @param name the area's own name, e.g. {@code Gunungputri}
 * @param label the name with its ancestors, e.g.
 * {@code Gunungputri, Gunungputri, Kabupaten Bogor, Jawa Barat}
 */
public record Area(String code, AreaLevel level, String name, String parentCode, String label) {

	public String provinceCode() {
		return this.code.substring(0, 2);
	}

	public IndonesianTimeZone timeZone() {
		return IndonesianTimeZone.ofArea(this.code);
	}

	/** Whether this area is the given one or lies below it. */
	public boolean isWithin(String ancestorCode) {
		return this.code.equals(ancestorCode) || this.code.startsWith(ancestorCode + ".");
	}

}
