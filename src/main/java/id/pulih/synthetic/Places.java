package id.pulih.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The areas of a size's scope, read from the {@code area} table: provinces, and per
 * regency its districts and villages, each regency weighted by its number of villages
 * times a seeded log-normal factor (so some regencies are hot spots).
 */
final class Places {

	final Map<String, String> provinceNames = new LinkedHashMap<>();

	final List<Regency> regencies = new ArrayList<>();

	final double[] cumulativeWeight;

	Places(JdbcTemplate jdbc, String prefix, Seeded random) {
		String like = prefix + "%";
		jdbc.query("SELECT code, name FROM area WHERE area_level = 1 AND code LIKE ? ORDER BY code", rs -> {
			this.provinceNames.put(rs.getString(1), rs.getString(2));
		}, prefix.length() > 2 ? prefix.substring(0, 2) : like);
		Map<String, Regency> byCode = new LinkedHashMap<>();
		jdbc.query("SELECT code, name, province_code FROM area WHERE area_level = 2 AND code LIKE ? ORDER BY code",
				rs -> {
					Regency regency = new Regency(rs.getString(1), rs.getString(2), rs.getString(3));
					byCode.put(regency.code, regency);
				}, like);
		jdbc.query("SELECT code, name, parent_code FROM area WHERE area_level = 3 AND code LIKE ? ORDER BY code",
				rs -> {
					Regency regency = byCode.get(rs.getString(3));
					if (regency != null) {
						regency.districts.add(new String[] { rs.getString(1), rs.getString(2) });
					}
				}, like);
		jdbc.query("SELECT code, name FROM area WHERE area_level = 4 AND code LIKE ? ORDER BY code", rs -> {
			String code = rs.getString(1);
			Regency regency = byCode.get(code.substring(0, 5));
			if (regency != null) {
				regency.villages.add(new String[] { code, rs.getString(2) });
			}
		}, like);
		byCode.values().stream().filter(r -> !r.villages.isEmpty()).forEach(this.regencies::add);
		double[] weights = new double[this.regencies.size()];
		for (int i = 0; i < weights.length; i++) {
			Regency regency = this.regencies.get(i);
			regency.weight = regency.villages.size() * random.logNormal(0.9);
			weights[i] = regency.weight;
		}
		this.cumulativeWeight = Seeded.cumulative(weights);
	}

	int villageCount() {
		return this.regencies.stream().mapToInt(r -> r.villages.size()).sum();
	}

	/**
	 * Spreads n things over the regencies by weight, at least one per regency while there
	 * are enough.
	 */
	int[] allocate(int n, Seeded random) {
		int[] counts = new int[this.regencies.size()];
		int left = n;
		if (n >= counts.length) {
			for (int i = 0; i < counts.length; i++) {
				counts[i] = 1;
			}
			left -= counts.length;
		}
		for (int k = 0; k < left; k++) {
			counts[random.weighted(this.cumulativeWeight)]++;
		}
		return counts;
	}

	/** A regency with its districts and villages ({code, name}). */
	static final class Regency {

		final String code;

		final String name;

		final String province;

		final List<String[]> districts = new ArrayList<>();

		final List<String[]> villages = new ArrayList<>();

		double weight;

		/** The next village of the shuffled cycle clients are spread over. */
		int villageCursor;

		int[] villageOrder = new int[0];

		Regency(String code, String name, String province) {
			this.code = code;
			this.name = name;
			this.province = province;
		}

		/**
		 * The villages in a seeded order, visited one after another and then again, so
		 * the clients of a regency live in all its villages before any village gets a
		 * second.
		 */
		String nextVillage(Seeded random) {
			if (this.villageOrder.length == 0) {
				this.villageOrder = new int[this.villages.size()];
				for (int i = 0; i < this.villageOrder.length; i++) {
					this.villageOrder[i] = i;
				}
				for (int i = this.villageOrder.length - 1; i > 0; i--) {
					int j = random.nextInt(i + 1);
					int swap = this.villageOrder[i];
					this.villageOrder[i] = this.villageOrder[j];
					this.villageOrder[j] = swap;
				}
			}
			String code = this.villages.get(this.villageOrder[this.villageCursor % this.villageOrder.length])[0];
			this.villageCursor++;
			return code;
		}

	}

}
