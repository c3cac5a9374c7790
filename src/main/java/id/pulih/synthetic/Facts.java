package id.pulih.synthetic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.pulih.client.UicBuilder;
import id.pulih.client.UicFacts;
import id.pulih.shared.Sex;

/**
 * A client's facts as a worker would record them: parents' first names (Zipf frequencies,
 * some with titles and prefixes the code skips), sex (about 88 % men), birth date centred
 * on 1993 (some only know the year), and the code the product's {@link UicBuilder} builds
 * from them. A code already registered at the organisation is never registered twice (the
 * product answers the existing client): the facts are drawn again.
 */
final class Facts {

	private static final String[] MOTHERS = { "Siti Aminah", "Sri", "Nur", "Dewi", "Euis", "Yanti", "Rina", "Lilis",
			"Tati", "Imas", "Neneng", "Wati", "Ratna", "Hj. Komariah", "Nining", "Rohaya", "Suharti", "Aisyah",
			"Fatimah", "Mulyani", "Endang", "Kartini", "Yuli", "Ani", "Murni", "Juariah", "Tuti", "Iis", "Elis", "Ema",
			"Ni Made", "Maria", "Ros", "Dian", "Ningsih", "Sumiati", "Rukmini", "Titin", "Oom", "Ade" };

	private static final String[] FATHERS = { "Muhammad Agus", "Budi", "Asep", "Dadang", "Ujang", "Joko", "H. Ahmad",
			"Hendra", "Iwan", "Dedi", "Rudi", "Wawan", "Bambang", "Slamet", "Soekarno", "Yusuf", "Cecep", "Eko", "Hadi",
			"Anton", "M. Rizki", "Supardi", "Darto", "Teguh", "Yayan", "Made", "Ketut", "Andi", "Fransiskus", "Rahmat",
			"Sutrisno", "Ismail", "Usman", "Ruslan", "Ade", "Dodi", "Jajang", "Tatang", "Kusnadi", "Heri" };

	private final UicBuilder uic;

	private final Map<UUID, Set<String>> codesByOrganisation = new HashMap<>();

	Facts(UicBuilder uic) {
		this.uic = uic;
	}

	/** One person's facts and code, new at the organisation. */
	Person draw(UUID organisation, Seeded random) {
		Set<String> taken = this.codesByOrganisation.computeIfAbsent(organisation, o -> new HashSet<>());
		while (true) {
			Person person = drawAny(random);
			if (taken.add(person.uic())) {
				return person;
			}
		}
	}

	/** Registers the same person at another organisation (e.g. a referral's receiver). */
	boolean register(UUID organisation, String code) {
		return this.codesByOrganisation.computeIfAbsent(organisation, o -> new HashSet<>()).add(code);
	}

	private Person drawAny(Seeded random) {
		Sex sex = random.chance(0.88) ? Sex.MALE : Sex.FEMALE;
		int year = (int) Math.round(1993 + 7 * random.gaussian());
		year = Math.max(1958, Math.min(2008, year));
		LocalDate birthDate = null;
		double r = random.uniform();
		if (r >= 0.06) {
			birthDate = (r < 0.09) ? LocalDate.of(year, 1, 1) : LocalDate.ofYearDay(year, 1 + random.nextInt(365));
		}
		String mother = random.chance(0.01) ? null : MOTHERS[random.zipf(MOTHERS.length)];
		String father = random.chance(0.04) ? null : FATHERS[random.zipf(FATHERS.length)];
		String code = this.uic.build(new UicFacts(mother, father, sex, birthDate), year);
		return new Person(code, sex, birthDate, year);
	}

	record Person(String uic, Sex sex, LocalDate birthDate, int birthYear) {

	}

}
