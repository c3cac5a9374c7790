package id.pulih.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the database the suite runs against: a private in-memory H2 by
 * default, or, with {@code -Dpulih.test.db=postgres}, a real PostgreSQL whose schema is
 * dropped and rebuilt by the migrations. The PostgreSQL run never skips: if the server
 * cannot be reached the context fails to start and the build fails.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String POSTGRES_URL = System.getProperty("pulih.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/pulih_test");

	public static final String POSTGRES_USER = System.getProperty("pulih.test.postgres.user", "postgres");

	public static final String POSTGRES_PASSWORD = System.getProperty("pulih.test.postgres.password", "");

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("pulih.test.db", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties;
		if (isPostgres()) {
			resetPostgres();
			properties = Map.of("spring.datasource.url", POSTGRES_URL, "spring.datasource.username", POSTGRES_USER,
					"spring.datasource.password", POSTGRES_PASSWORD);
		}
		else {
			properties = Map.of("spring.datasource.url",
					"jdbc:h2:mem:pulih-" + UUID.randomUUID()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pulih-test-db", properties));
	}

	private static void resetPostgres() {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL test suite needs a PostgreSQL at " + POSTGRES_URL
					+ " (create the database 'pulih_test'; see README). Skip it only on purpose with -Dpulih.skipPostgres=true.",
					ex);
		}
	}

}
