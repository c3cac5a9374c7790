package id.pulih.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the Kemendagri areas shipped in {@code geography/idn-area/} (idn-area-data 4.0.1,
 * ODbL 1.0) once, as a migration: Flyway records it, so it never runs twice on a
 * database.
 */
@Component
class V20261122_1001__Load_areas extends BaseJavaMigration {

	private static final String[][] FILES = { { "provinces.csv", "1" }, { "regencies.csv", "2" },
			{ "districts.csv", "3" }, { "villages.csv", "4" } };

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO area (code, area_level, parent_code, province_code, name) VALUES (?, ?, ?, ?, ?)")) {
			for (String[] file : FILES) {
				int level = Integer.parseInt(file[1]);
				int batch = 0;
				for (List<String> row : read("/geography/idn-area/" + file[0])) {
					String code = row.get(0);
					insert.setString(1, code);
					insert.setInt(2, level);
					insert.setString(3, (level == 1) ? null : row.get(1));
					insert.setString(4, code.substring(0, 2));
					insert.setString(5, row.get(level == 1 ? 1 : 2));
					insert.addBatch();
					if (++batch % 5000 == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
		}
	}

	static List<List<String>> read(String resource) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = V20261122_1001__Load_areas.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing area file " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(parseCsvLine(line));
				}
			}
		}
		return rows;
	}

	/** One RFC 4180 line: fields may be quoted, with "" for a quote inside. */
	static List<String> parseCsvLine(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
