package id.pulih.access;

import java.security.SecureRandom;

import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no users (a new production install without demo data), creates one
 * national administrator so that somebody can sign in. The password comes from
 * {@code PULIH_ADMIN_PASSWORD}, or is generated and written to the log once; the second
 * factor is enrolled at the first sign-in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccessManagement access;

	private final String username;

	private final String password;

	FirstAdministrator(AccessManagement access, @Value("${pulih.admin.username:admin}") String username,
			@Value("${pulih.admin.password:}") String password) {
		this.access = access;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.access.count() > 0) {
			return;
		}
		boolean generated = this.password.isBlank();
		String secret = generated ? generatePassword() : this.password;
		this.access.create(new NewUser(this.username, "Administrator", secret, Role.ADMINISTRATOR, Scope.Kind.NATIONAL,
				null, null, null), Scope.national());
		if (generated) {
			log.warn("Created the first administrator '{}' with the one-time password {} : sign in and change it.",
					this.username, secret);
		}
		else {
			log.info("Created the first administrator '{}' with the password from PULIH_ADMIN_PASSWORD.",
					this.username);
		}
	}

	private static String generatePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder("P1");
		for (int i = 0; i < 16; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
