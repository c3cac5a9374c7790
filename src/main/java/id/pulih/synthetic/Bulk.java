package id.pulih.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows in bulk on one connection: JDBC batches of {@value #BATCH} rows (H2), or
 * PostgreSQL's COPY of {@value #COPY_BATCH} rows at a time through the driver's
 * {@code CopyManager} (the driver is a runtime dependency, so it is reached
 * reflectively). Tables are flushed together in the order they were opened, so parents
 * (opened first) always reach the database before their children and foreign keys hold at
 * every statement.
 */
final class Bulk implements AutoCloseable {

	static final int BATCH = 5_000;

	/** Rows per COPY on PostgreSQL: fewer, larger commands. */
	static final int COPY_BATCH = 25_000;

	private final Connection connection;

	private final boolean postgres;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Map<String, Long> written = new LinkedHashMap<>();

	Bulk(Connection connection) throws SQLException {
		this.connection = connection;
		this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		connection.setAutoCommit(false);
	}

	boolean postgres() {
		return this.postgres;
	}

	Table table(String name, String... columns) {
		return this.tables.computeIfAbsent(name, n -> new Table(n, columns));
	}

	/** Flushes every table and commits. */
	void commit() {
		try {
			flushAll();
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Rows written per table so far (flushed or not). */
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>(this.written);
		return counts;
	}

	private void flushAll() {
		for (Table table : this.tables.values()) {
			table.flush();
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

	/** One table's pending rows. */
	final class Table {

		private final String name;

		private final String[] columns;

		private final List<Object[]> pending = new ArrayList<>();

		private Table(String name, String[] columns) {
			this.name = name;
			this.columns = columns;
		}

		void add(Object... values) {
			if (values.length != this.columns.length) {
				throw new IllegalArgumentException(
						this.name + ": " + values.length + " values for " + this.columns.length + " columns");
			}
			this.pending.add(values);
			Bulk.this.written.merge(this.name, 1L, Long::sum);
			if (this.pending.size() >= (Bulk.this.postgres ? COPY_BATCH : BATCH)) {
				flushAll();
			}
		}

		private void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			try {
				if (Bulk.this.postgres) {
					copy();
				}
				else {
					batch();
				}
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Writing " + this.name + " failed", ex);
			}
			this.pending.clear();
		}

		private void batch() throws SQLException {
			String sql = "INSERT INTO " + this.name + " (" + String.join(", ", this.columns) + ") VALUES ("
					+ "?, ".repeat(this.columns.length - 1) + "?)";
			try (PreparedStatement statement = Bulk.this.connection.prepareStatement(sql)) {
				for (Object[] row : this.pending) {
					for (int i = 0; i < row.length; i++) {
						if (row[i] == null) {
							statement.setNull(i + 1, Types.NULL);
						}
						else {
							statement.setObject(i + 1, row[i]);
						}
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}

		private void copy() throws SQLException, IOException {
			StringBuilder text = new StringBuilder(this.pending.size() * 120);
			for (Object[] row : this.pending) {
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						text.append('\t');
					}
					appendCopy(text, row[i]);
				}
				text.append('\n');
			}
			try {
				Class<?> type = Class.forName("org.postgresql.PGConnection");
				Object copy = type.getMethod("getCopyAPI").invoke(Bulk.this.connection.unwrap(type));
				copy.getClass()
					.getMethod("copyIn", String.class, java.io.Reader.class)
					.invoke(copy, "COPY " + this.name + " (" + String.join(", ", this.columns) + ") FROM STDIN",
							new StringReader(text.toString()));
			}
			catch (ReflectiveOperationException ex) {
				throw new SQLException("COPY into " + this.name + " failed", ex);
			}
		}

	}

	private static void appendCopy(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof Boolean bool) {
			text.append(bool ? 't' : 'f');
		}
		else if (value instanceof BigDecimal decimal) {
			text.append(decimal.toPlainString());
		}
		else if (value instanceof String string) {
			for (int i = 0; i < string.length(); i++) {
				char c = string.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}
		else {
			text.append(value);
		}
	}

}
