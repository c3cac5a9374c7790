package id.pulih.geography;

import java.time.ZoneId;
import java.util.Set;

/**
 * Indonesia's three time zones. The zone follows the province: WITA for Bali, Nusa
 * Tenggara, South, East and North Kalimantan and Sulawesi; WIT for Maluku and Papua; WIB
 * elsewhere (Sumatra, Java, West and Central Kalimantan).
 */
public enum IndonesianTimeZone {

	WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

	private static final Set<String> WITA_PROVINCES = Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74",
			"75", "76");

	private final ZoneId zone;

	IndonesianTimeZone(String zoneId) {
		this.zone = ZoneId.of(zoneId);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The zone of any area code, from its province (the first two digits). */
	public static IndonesianTimeZone ofArea(String areaCode) {
		String province = areaCode.substring(0, 2);
		if (WITA_PROVINCES.contains(province)) {
			return WITA;
		}
		if (province.charAt(0) == '8' || province.charAt(0) == '9') {
			return WIT;
		}
		return WIB;
	}

}
