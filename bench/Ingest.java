import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ingest benchmark: harm reduction visits sent through the API in batches of 1,000 (each
 * visit validated, scoped to the health worker's Puskesmas, its needles, condoms and test
 * kits drawn from stock first expiry first out, and audited), beside the physical
 * reference: a plain JDBC batch insert of exactly the rows the API wrote (visits, their
 * services, ledger entries, audit entries) again, under new ids, into the same tables of
 * the same database, one transaction per 1,000 visits, each rolled back at the end (its
 * commit is not timed; nothing stays).
 * <p>
 * Run by bench/ingest.sh: {@code java -cp postgresql.jar bench/Ingest.java} with the
 * environment BASE (Pulih's address), TOKEN (a health worker's API token), JDBC_URL
 * (PostgreSQL, user postgres), FACILITY (the health worker's Puskesmas id), BATCHES
 * (default 10). Prints markdown table rows.
 */
public class Ingest {

	static final int SIZE = 1000;

	static final String[] TABLES = { "hr_visit", "hr_visit_nsp", "hr_visit_hiv_test", "hr_visit_condoms",
			"hr_visit_kie", "stock_entry", "audit_event" };

	public static void main(String[] args) throws Exception {
		String base = System.getenv("BASE");
		String token = System.getenv("TOKEN");
		UUID facility = UUID.fromString(System.getenv("FACILITY"));
		int batches = Integer.parseInt(System.getenv().getOrDefault("BATCHES", "10"));
		HttpClient http = HttpClient.newHttpClient();
		SplittableRandom random = new SplittableRandom(2026);
		try (Connection db = DriverManager.getConnection(System.getenv("JDBC_URL"), "postgres", "")) {
			List<UUID> clients = new ArrayList<>();
			try (PreparedStatement query = db.prepareStatement(
					"SELECT id FROM client WHERE organisation_id = ? AND voided_at IS NULL ORDER BY id LIMIT 5000")) {
				query.setObject(1, facility);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						clients.add(rows.getObject(1, UUID.class));
					}
				}
			}
			if (clients.isEmpty()) {
				throw new IllegalStateException("no clients at " + facility);
			}
			LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
			long visits = (long) batches * SIZE;
			receive(http, base, token, facility, "SYRINGE", visits * 10, today);
			receive(http, base, token, facility, "CONDOM", visits * 12, today);
			receive(http, base, token, facility, "HIV_TEST_KIT", visits, today);
			long auditBefore = count(db, "SELECT COUNT(*) FROM audit_event");
			java.sql.Timestamp from = now(db);

			// 1. Through the API.
			List<List<UUID>> sent = new ArrayList<>();
			double[] apiMs = new double[batches];
			long apiStart = System.nanoTime();
			for (int b = 0; b < batches; b++) {
				List<UUID> ids = new ArrayList<>();
				StringBuilder body = new StringBuilder("{\"visits\":[");
				for (int i = 0; i < SIZE; i++) {
					UUID id = v7(random);
					ids.add(id);
					UUID client = clients.get(random.nextInt(clients.size()));
					if (i > 0) {
						body.append(',');
					}
					body.append("{\"id\":\"").append(id).append("\",\"clientId\":\"").append(client)
						.append("\",\"visitOn\":\"").append(today).append('"');
					double r = random.nextDouble();
					if (r < 0.7) {
						body.append(",\"nsp\":{\"packsGiven\":1,\"needlesGiven\":10,\"needlesReturned\":")
							.append(random.nextInt(11)).append('}');
					}
					if (random.nextDouble() < 0.3 || r >= 0.7) {
						body.append(",\"condoms\":{\"condomsGiven\":12}");
					}
					if (random.nextDouble() < 0.2) {
						body.append(",\"hivTest\":{\"preCounselling\":true,\"postCounselling\":true,\"result\":\"NEGATIVE\"}");
					}
					if (random.nextDouble() < 0.2) {
						body.append(",\"kie\":{\"topic\":\"HIV\",\"materialsGiven\":1}");
					}
					body.append('}');
				}
				body.append("]}");
				long t = System.nanoTime();
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/harm-reduction/visits/batch"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
				apiMs[b] = (System.nanoTime() - t) / 1e6;
				if (answer.statusCode() != 200 || !answer.body().contains("\"recorded\":" + SIZE)) {
					throw new IllegalStateException("batch " + b + ": " + answer.statusCode() + " " + answer.body());
				}
				sent.add(ids);
			}
			double apiTotal = (System.nanoTime() - apiStart) / 1e6;

			// 2. The rows the API wrote, per batch and table.
			Map<String, List<List<Object[]>>> rowsOf = new HashMap<>();
			Map<String, String[]> columnsOf = new HashMap<>();
			long rowsWritten = 0;
			for (String table : TABLES) {
				List<List<Object[]>> perBatch = new ArrayList<>();
				if (table.equals("audit_event")) {
					// Everything audited during the run, in order, cut into as many equal parts.
					List<Object[]> all = select(db, table, columnsOf,
							"SELECT * FROM audit_event WHERE occurred_at >= ? ORDER BY occurred_at", from);
					for (int b = 0; b < batches; b++) {
						perBatch.add(new ArrayList<>(all.subList(all.size() * b / batches, all.size() * (b + 1) / batches)));
					}
					rowsWritten += all.size();
				}
				else {
					for (List<UUID> ids : sent) {
						String where = switch (table) {
							case "hr_visit" -> "id = ANY (?)";
							case "stock_entry" -> "reference = ANY (?)";
							default -> "visit_id = ANY (?)";
						};
						java.sql.Array keys = table.equals("stock_entry")
								? db.createArrayOf("varchar", ids.stream().map(id -> "visit:" + id).toArray())
								: db.createArrayOf("uuid", ids.toArray());
						List<Object[]> rows = select(db, table, columnsOf, "SELECT * FROM " + table + " WHERE " + where,
								keys);
						perBatch.add(rows);
						rowsWritten += rows.size();
					}
				}
				rowsOf.put(table, perBatch);
			}
			long auditWritten = count(db, "SELECT COUNT(*) FROM audit_event") - auditBefore;

			// 3. The same rows with a plain JDBC batch insert into the same tables (new ids, the
			// visits' children and references following their visit), one transaction per
			// 1,000 visits, each rolled back so that nothing stays and the rollups never see it.
			db.setAutoCommit(false);
			double[] jdbcMs = new double[batches];
			long jdbcStart = System.nanoTime();
			for (int b = 0; b < batches; b++) {
				Map<Object, UUID> newIds = new HashMap<>();
				long t = System.nanoTime();
				for (String table : TABLES) {
					String[] columns = columnsOf.get(table);
					List<String> names = Arrays.asList(columns);
					String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
							+ String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
					try (PreparedStatement insert = db.prepareStatement(sql)) {
						for (Object[] stored : rowsOf.get(table).get(b)) {
							Object[] row = stored.clone();
							String key = table.startsWith("hr_visit_") ? "visit_id" : "id";
							int k = names.indexOf(key);
							row[k] = table.startsWith("hr_visit") ? newIds.computeIfAbsent(row[k], old -> v7(random))
									: v7(random);
							int reference = names.indexOf("reference");
							if (table.equals("stock_entry") && row[reference] instanceof String ref
									&& ref.startsWith("visit:")) {
								UUID visit = newIds.get(UUID.fromString(ref.substring(6)));
								row[reference] = (visit != null) ? "visit:" + visit : ref;
							}
							int entity = names.indexOf("entity_id");
							if (table.equals("audit_event") && newIds.containsKey(row[entity])) {
								row[entity] = newIds.get(row[entity]);
							}
							for (int c = 0; c < row.length; c++) {
								insert.setObject(c + 1, row[c]);
							}
							insert.addBatch();
						}
						insert.executeBatch();
					}
				}
				jdbcMs[b] = (System.nanoTime() - t) / 1e6;
				db.rollback();
			}
			double jdbcTotal = Arrays.stream(jdbcMs).sum();
			db.setAutoCommit(true);

			Arrays.sort(apiMs);
			Arrays.sort(jdbcMs);
			double apiRate = visits / (apiTotal / 1000);
			double jdbcRate = visits / (jdbcTotal / 1000);
			System.out.printf("| API, %d batches of %d visits (%,d rows written, %,d of them audit) | %,.0f visits/s | %,.0f ms | %,.0f ms | budget ≥ 5,000 records/s and ≤ 1 s per batch: %s |%n",
					batches, SIZE, rowsWritten, auditWritten, apiRate, apiMs[batches / 2], apiMs[batches - 1],
					(apiRate >= 5000 && apiMs[batches - 1] <= 1000) ? "met"
							: "missed (" + String.format("%.1f", 5000 / apiRate) + "× too slow)");
			System.out.printf("| plain JDBC batch insert of the same %,d rows | %,.0f visits/s | %,.0f ms | %,.0f ms | reference; API / JDBC = %.1f× |%n",
					rowsWritten, jdbcRate, jdbcMs[batches / 2], jdbcMs[batches - 1], apiTotal / jdbcTotal);
		}
	}

	static void receive(HttpClient http, String base, String token, UUID facility, String item, long quantity,
			LocalDate today) throws Exception {
		String body = "{\"itemCode\":\"" + item + "\",\"batchNumber\":\"BENCH-" + UUID.randomUUID().toString().substring(0, 8)
				+ "\",\"expiresOn\":\"" + today.plusYears(2) + "\",\"source\":\"APBN\",\"quantity\":" + quantity
				+ ",\"receivedOn\":\"" + today.minusDays(10) + "\"}";
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stock/facilities/" + facility + "/receipts"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 != 2) {
			throw new IllegalStateException("receipt " + item + ": " + answer.statusCode() + " " + answer.body());
		}
	}

	static List<Object[]> select(Connection db, String table, Map<String, String[]> columnsOf, String sql,
			Object parameter) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				String[] columns = new String[meta.getColumnCount()];
				for (int c = 0; c < columns.length; c++) {
					columns[c] = meta.getColumnName(c + 1);
				}
				columnsOf.put(table, columns);
				while (result.next()) {
					Object[] row = new Object[columns.length];
					for (int c = 0; c < columns.length; c++) {
						row[c] = result.getObject(c + 1);
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/** A time-ordered id (UUID version 7), as Pulih's clients create them. */
	static UUID v7(SplittableRandom random) {
		long msb = (System.currentTimeMillis() << 16) | 0x7000L | random.nextInt(4096);
		long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	static long count(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static java.sql.Timestamp now(Connection db) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT now()")) {
			rows.next();
			return rows.getTimestamp(1);
		}
	}

}
