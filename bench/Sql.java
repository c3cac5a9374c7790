import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times raw SQL straight from the base tables, for comparison with the reports (bench/run.sh).
 * Each query of the file runs once on a fresh connection (cold), then WARM times (warm: the
 * median is printed). Queries are separated by a line ending with {@code ;}; a query may be
 * preceded by a line {@code -- name: label}. Prints one line per query:
 * {@code RESULT label cold_ms warm_median_ms rows first_value}.
 * <p>
 * Usage: {@code java -cp <jdbc driver jar> bench/Sql.java <jdbc url> <file.sql> [user] [password]}
 * (the H2 file must not be open in a running Pulih: the embedded database is locked).
 */
public class Sql {

	private static final int WARM = Integer.getInteger("warm", 5);

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: java -cp <driver.jar> bench/Sql.java <jdbc url> <file.sql> [user] [password]");
			System.exit(2);
		}
		String user = (args.length > 2) ? args[2] : "sa";
		String password = (args.length > 3) ? args[3] : "";
		List<String[]> queries = parse(Files.readString(Path.of(args[1])));
		try (Connection connection = DriverManager.getConnection(args[0], user, password)) {
			connection.setReadOnly(true);
			for (String[] query : queries) {
				String[] cold = run(connection, query[1]);
				double[] warm = new double[WARM];
				for (int i = 0; i < WARM; i++) {
					// A different text each time, so that no database answers from a cached result.
					warm[i] = Double.parseDouble(run(connection, "/* warm " + i + " */ " + query[1])[0]);
				}
				Arrays.sort(warm);
				double median = (WARM == 0) ? Double.NaN
						: (WARM % 2 == 1) ? warm[WARM / 2] : (warm[WARM / 2 - 1] + warm[WARM / 2]) / 2;
				System.out.printf(java.util.Locale.ROOT, "RESULT %s %s %.1f %s %s%n", query[0], cold[0], median,
						cold[1], cold[2]);
			}
		}
	}

	/** Runs a query and reads every row: {ms, rows, first value of the first row}. */
	private static String[] run(Connection connection, String sql) throws Exception {
		long started = System.nanoTime();
		int rows = 0;
		String first = "-";
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				for (int i = 1; i <= columns; i++) {
					Object value = result.getObject(i);
					if (rows == 0 && i == 1 && value != null) {
						first = value.toString().replace(' ', '_');
					}
				}
				rows++;
			}
		}
		double ms = (System.nanoTime() - started) / 1e6;
		return new String[] { String.format(java.util.Locale.ROOT, "%.1f", ms), Integer.toString(rows), first };
	}

	private static List<String[]> parse(String text) {
		List<String[]> queries = new ArrayList<>();
		String name = null;
		StringBuilder sql = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("-- name:")) {
				name = trimmed.substring("-- name:".length()).strip();
				continue;
			}
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			sql.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = sql.toString().strip();
				statement = statement.substring(0, statement.length() - 1);
				queries.add(new String[] { (name != null) ? name : "q" + (queries.size() + 1), statement });
				name = null;
				sql.setLength(0);
			}
		}
		return queries;
	}

}
