package id.pulih;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pulih: community-based drug recovery (IBM) and harm reduction at Puskesmas.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PulihApplication {

	static {
		// Instants are stored and computed in UTC; a user's own zone (WIB/WITA/WIT) is
		// applied only when a date is shown.
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	public static void main(String[] args) {
		SpringApplication.run(PulihApplication.class, args);
	}

}
