package id.pulih.client;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import id.pulih.shared.Sex;

/**
 * Measures how often the client code collides: a deterministic population of synthetic
 * people (seeded {@link Random}) with realistic Indonesian first names and ages, their
 * codes built, and the people counted who share their code with somebody else. The
 * figures are written down in {@code docs/uic.md}; rerun with
 *
 * <pre>
 * ./mvnw -o -q test-compile
 * java -cp target/classes:target/test-classes id.pulih.client.UicCollisions 1000000
 * </pre>
 *
 * The population:
 * <ul>
 * <li>mothers' and fathers' first names drawn from {@link #FEMALE} and {@link #MALE} (190
 * names each, most common first) with Zipf frequencies (exponent 1): the first name is
 * about 9 % of everybody, the 100th 0.09 %;</li>
 * <li>names typed the way people say them: 15 % of mothers with "Siti" in front, 20 % of
 * fathers with "Muhammad", "Moh." or "M.", 3 % with the hajj titles "Hj."/"H.";</li>
 * <li>1 % of mothers' and 4 % of fathers' names unknown;</li>
 * <li>ages 15 to 64 weighted by the 2020 census age pyramid (five-year bands), the birth
 * day uniform within the year;</li>
 * <li>birth dates as people state them: 3 % only know the year, 3 % say 1 January and 1 %
 * 31 December (the administrative birthdays common on Indonesian ID cards).</li>
 * </ul>
 */
final class UicCollisions {

	static final long SEED = 20261122L;

	static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

	/** Common Indonesian women's first names, most common first. */
	static final List<String> FEMALE = List.of("Siti", "Sri", "Nur", "Dewi", "Aminah", "Fatimah", "Sumiati", "Rina",
			"Yanti", "Suryani", "Endang", "Sulastri", "Lilis", "Ani", "Wati", "Tuti", "Eni", "Euis", "Neneng", "Rohmah",
			"Imas", "Nining", "Tati", "Rini", "Ratna", "Lestari", "Wahyuni", "Rahmawati", "Kartini", "Marni", "Suminah",
			"Sutinah", "Ngatini", "Painem", "Tukiyem", "Jumiati", "Khadijah", "Maryam", "Aisyah", "Halimah", "Zainab",
			"Nurhayati", "Nuraini", "Hasanah", "Juariah", "Rukmini", "Suharti", "Sumarni", "Parmi", "Samini", "Wagiyem",
			"Kasmini", "Murni", "Masitah", "Rosmawati", "Yusnita", "Herawati", "Indah", "Nurul", "Ida", "Yuli", "Yulia",
			"Yuliana", "Susanti", "Suryati", "Rusmini", "Sukaesih", "Cucu", "Enok", "Iis", "Onih", "Nani", "Entin",
			"Oom", "Titin", "Iin", "Ai", "Popon", "Elis", "Ela", "Evi", "Erna", "Erni", "Emi", "Dian", "Diana", "Desi",
			"Dina", "Fitri", "Fitriani", "Novi", "Nova", "Lina", "Linda", "Lia", "Mira", "Maya", "Mega", "Melati",
			"Putri", "Puji", "Purwati", "Retno", "Ratih", "Rani", "Ria", "Rika", "Santi", "Sari", "Sinta", "Sofia",
			"Sukarti", "Suwarni", "Tri", "Umi", "Uswatun", "Wartini", "Winarti", "Yayah", "Yeni", "Yuni", "Zahra",
			"Anisa", "Ayu", "Bunga", "Citra", "Dwi", "Eka", "Farida", "Hartini", "Ika", "Intan", "Jamilah", "Kurniasih",
			"Lusi", "Mulyani", "Nia", "Nita", "Oktavia", "Pratiwi", "Rahayu", "Riska", "Rosita", "Salmah", "Saodah",
			"Sundari", "Tarsih", "Tasmi", "Umiyati", "Warsini", "Yatimah", "Yohana", "Maria", "Magdalena", "Martha",
			"Elisabeth", "Theresia", "Luh", "Kadek", "Komang", "Ketut", "Wayan", "Nyoman", "Putu", "Gusti", "Mardiyah",
			"Nurjanah", "Sopiah", "Sanah", "Ijah", "Enah", "Minah", "Inah", "Saripah", "Hindun", "Rohani", "Badriah",
			"Maesaroh", "Komariah", "Umayah", "Darsih", "Warsih", "Karsih", "Sumirah", "Ponirah", "Tumini", "Sarinah",
			"Ngadiyem", "Sukinem", "Boinah", "Dalimah");

	/** Common Indonesian men's first names, most common first. */
	static final List<String> MALE = List.of("Ahmad", "Agus", "Abdul", "Budi", "Bambang", "Joko", "Slamet", "Asep",
			"Dedi", "Hendra", "Iwan", "Rudi", "Sutrisno", "Suparman", "Sugeng", "Supardi", "Sukirman", "Wahyu", "Ujang",
			"Dadang", "Cecep", "Yayan", "Ade", "Wawan", "Jajang", "Deden", "Eko", "Heri", "Hadi", "Haris", "Hasan",
			"Husen", "Ali", "Umar", "Usman", "Yusuf", "Ismail", "Ibrahim", "Idris", "Ilham", "Irfan", "Arif", "Andi",
			"Anton", "Aris", "Adi", "Ari", "Bayu", "Beni", "Dani", "Darma", "Dodi", "Doni", "Edi", "Fajar", "Faisal",
			"Ferry", "Gunawan", "Guntur", "Hamid", "Hasyim", "Imam", "Indra", "Jaenal", "Jumadi", "Kusnadi", "Karno",
			"Kasim", "Komar", "Lukman", "Mahmud", "Marno", "Mujiono", "Mulyadi", "Nana", "Nanang", "Nurdin", "Paijo",
			"Parno", "Ponidi", "Rahmat", "Ramli", "Rasid", "Riyadi", "Rohman", "Roni", "Rizki", "Saleh", "Samsul",
			"Santoso", "Sarno", "Setiawan", "Sigit", "Sobri", "Subagyo", "Sudirman", "Sugiarto", "Suharto", "Sujarwo",
			"Sukarno", "Sulaiman", "Sumarno", "Sunarto", "Supriadi", "Suryadi", "Syamsudin", "Tarno", "Teguh", "Toni",
			"Tono", "Udin", "Unang", "Wahid", "Warno", "Wiryo", "Yanto", "Yadi", "Yudi", "Zainal", "Zulkifli", "Darto",
			"Darsono", "Fauzi", "Firman", "Hendri", "Heru", "Jamal", "Joni", "Kurniawan", "Gede", "Made", "Wayan",
			"Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Petrus", "Yohanes", "Paulus", "Fransiskus", "Antonius",
			"Stefanus", "Simon", "Daniel", "Samuel", "Hasbullah", "Mustofa", "Kholil", "Rosyid", "Sahrul", "Taufik",
			"Hidayat", "Amir", "Anwar", "Bahrudin", "Dahlan", "Effendi", "Endang", "Engkos", "Iyus", "Karta", "Kosasih",
			"Maman", "Odih", "Otong", "Rohim", "Sanusi", "Tatang", "Uci", "Cahyo", "Dimas", "Eman", "Ferdi", "Gilang",
			"Harun", "Irwan", "Jaka", "Kardi", "Lutfi", "Miftah", "Nugroho", "Oman", "Prasetyo", "Ridwan", "Sarip",
			"Tatan", "Wardi", "Yoyo");

	/**
	 * Population by five-year age band from 15-19 to 60-64, in millions (Sensus Penduduk
	 * 2020, rounded).
	 */
	private static final double[] AGE_BANDS = { 22.2, 22.1, 21.3, 21.0, 20.9, 19.9, 18.2, 16.2, 13.5, 10.6 };

	private UicCollisions() {
	}

	public static void main(String[] args) {
		int people = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
		UicBuilder standard = new UicBuilder(UicProperties.defaults());
		report("default construction, men 50 %", measure(standard, people, 0.5, SEED));
		report("default construction, men 90 % (the programmes' clients)", measure(standard, people, 0.9, SEED));
		UicBuilder three = new UicBuilder(new UicProperties(3, "ddMMyy", "MFSD", "1", "2", true, null));
		report("three letters per name, men 50 %", measure(three, people, 0.5, SEED));
	}

	private static void report(String title, Result result) {
		System.out.printf(Locale.ROOT,
				"%s: %,d people, %,d distinct codes, %,d (%.3f %%) share their code, largest group %d, "
						+ "%,d colliding pairs, two people at random share a code with p = %.3g (1 in %,.0f)%n",
				title, result.people(), result.distinctCodes(), result.sharing(), result.sharingPercent(),
				result.largestGroup(), result.collidingPairs(), result.pairProbability(), 1 / result.pairProbability());
	}

	/**
	 * Builds the codes of a synthetic population and counts who shares a code.
	 * @param maleShare the share of men among the people coded
	 */
	static Result measure(UicBuilder uics, int people, double maleShare, long seed) {
		Random random = new Random(seed);
		Zipf mothers = new Zipf(FEMALE.size(), 1.0);
		Zipf fathers = new Zipf(MALE.size(), 1.0);
		double[] ages = cumulative(AGE_BANDS);
		Map<String, Integer> codes = HashMap.newHashMap(people);
		for (int i = 0; i < people; i++) {
			String mother = (random.nextDouble() < 0.01) ? null : motherAsSaid(random, mothers);
			String father = (random.nextDouble() < 0.04) ? null : fatherAsSaid(random, fathers);
			Sex sex = (random.nextDouble() < maleShare) ? Sex.MALE : Sex.FEMALE;
			LocalDate born = birthDate(random, ages);
			double stated = random.nextDouble();
			String code;
			if (stated < 0.03) {
				code = uics.build(mother, father, sex, born.getYear(), null, null);
			}
			else if (stated < 0.06) {
				code = uics.build(mother, father, sex, born.getYear(), 1, 1);
			}
			else if (stated < 0.07) {
				code = uics.build(mother, father, sex, born.getYear(), 12, 31);
			}
			else {
				code = uics.build(mother, father, sex, born.getYear(), born.getMonthValue(), born.getDayOfMonth());
			}
			codes.merge(code, 1, Integer::sum);
		}
		long sharing = 0;
		long pairs = 0;
		int largest = 0;
		for (int count : codes.values()) {
			if (count > 1) {
				sharing += count;
				pairs += (long) count * (count - 1) / 2;
			}
			largest = Math.max(largest, count);
		}
		return new Result(people, codes.size(), sharing, pairs, largest);
	}

	private static String motherAsSaid(Random random, Zipf names) {
		String name = FEMALE.get(names.sample(random));
		double style = random.nextDouble();
		if (style < 0.15 && !name.equals("Siti")) {
			return "Siti " + name;
		}
		if (style < 0.18) {
			return "Hj. " + name;
		}
		return name;
	}

	private static String fatherAsSaid(Random random, Zipf names) {
		String name = MALE.get(names.sample(random));
		double style = random.nextDouble();
		if (style < 0.10) {
			return "Muhammad " + name;
		}
		if (style < 0.15) {
			return "Moh. " + name;
		}
		if (style < 0.20) {
			return "M. " + name;
		}
		if (style < 0.23) {
			return "H. " + name;
		}
		return name;
	}

	private static LocalDate birthDate(Random random, double[] cumulativeBands) {
		double pick = random.nextDouble();
		int band = 0;
		while (band < cumulativeBands.length - 1 && pick > cumulativeBands[band]) {
			band++;
		}
		int age = 15 + band * 5 + random.nextInt(5);
		return REFERENCE.minusYears(age).minusDays(random.nextInt(365));
	}

	private static double[] cumulative(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] / total;
			cumulative[i] = sum;
		}
		return cumulative;
	}

	/**
	 * The outcome of one measurement.
	 *
	 * @param sharing how many people share their code with at least one other person
	 * @param collidingPairs how many pairs of (different) people have the same code
	 */
	record Result(int people, int distinctCodes, long sharing, long collidingPairs, int largestGroup) {

		double sharingPercent() {
			return 100.0 * this.sharing / this.people;
		}

		/**
		 * The chance that two people drawn at random have the same code: a newcomer's
		 * chance of meeting an existing code among n people is about n times this.
		 */
		double pairProbability() {
			return this.collidingPairs / (this.people * (this.people - 1.0) / 2);
		}

	}

	/** Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent. */
	static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double exponent) {
			double[] weights = new double[n];
			for (int rank = 0; rank < n; rank++) {
				weights[rank] = 1.0 / Math.pow(rank + 1, exponent);
			}
			this.cumulative = cumulative(weights);
		}

		int sample(Random random) {
			double pick = random.nextDouble();
			int low = 0;
			int high = this.cumulative.length - 1;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (this.cumulative[mid] < pick) {
					low = mid + 1;
				}
				else {
					high = mid;
				}
			}
			return low;
		}

	}

}
