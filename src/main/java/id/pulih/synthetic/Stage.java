package id.pulih.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one stage of the generator wrote and how long it took. */
record Stage(String name, Map<String, Long> rows, long millis) {

	long total() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

	long rowsPerSecond() {
		return (this.millis == 0) ? total() : total() * 1000 / this.millis;
	}

	static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
		Map<String, Long> rows = new LinkedHashMap<>();
		after.forEach((table, count) -> {
			long d = count - before.getOrDefault(table, 0L);
			if (d > 0) {
				rows.put(table, d);
			}
		});
		return rows;
	}

}
