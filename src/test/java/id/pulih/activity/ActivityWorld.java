package id.pulih.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.TestUsers;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;

/**
 * The demo units as the activity tests meet them: the Gunungputri agent, its unit, its
 * agents (active and not), the Cicadas agent, and files to attach.
 */
final class ActivityWorld {

	static final String GUNUNGPUTRI_VILLAGE = "32.01.02.2004";

	final PulihUser agent;

	final PulihUser otherAgent;

	final UUID unit;

	final LocalDate today;

	final List<PersonSummary> activeAgents;

	final PersonSummary inactiveAgent;

	/** A village in Kota Bandung (32.73), outside Kabupaten Bogor (32.01). */
	final String bandungVillage;

	private final JdbcClient jdbc;

	ActivityWorld(TestUsers users, Organisations organisations, Workforce workforce, Activities activities,
			JdbcClient jdbc) {
		this.agent = users.load(DemoUsers.RECOVERY_AGENT);
		this.otherAgent = users.load(DemoUsers.OTHER_RECOVERY_AGENT);
		this.unit = organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow().id();
		this.today = activities.today(this.agent);
		List<PersonSummary> people = workforce.ofOrganisation(this.unit, Scope.national());
		this.activeAgents = people.stream().filter(p -> p.active() && p.role() == PersonRole.RECOVERY_AGENT).toList();
		this.inactiveAgent = people.stream().filter(p -> !p.active()).findFirst().orElseThrow();
		this.jdbc = jdbc;
		this.bandungVillage = jdbc.sql("SELECT MIN(code) FROM area WHERE area_level = 4 AND code LIKE '32.73.%'")
			.query(String.class)
			.single();
	}

	long activities() {
		return this.jdbc.sql("SELECT COUNT(*) FROM activity").query(Long.class).single();
	}

	long attachments() {
		return this.jdbc.sql("SELECT COUNT(*) FROM activity_attachment").query(Long.class).single();
	}

	long audits(UUID id, String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?")
			.params(id, action)
			.query(Long.class)
			.single();
	}

	long trainings(UUID personId, String topic) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person_training WHERE person_id = ? AND topic = ?")
			.params(personId, topic)
			.query(Long.class)
			.single();
	}

	long appointments(UUID personId, String decree) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person_appointment WHERE person_id = ? AND decree_number = ?")
			.params(personId, decree)
			.query(Long.class)
			.single();
	}

	static String random() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static byte[] png() {
		byte[] bytes = new byte[64];
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		return bytes;
	}

	static byte[] pdf() {
		return "%PDF-1.4\n% daftar hadir\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] text() {
		return "bukan gambar, hanya teks".getBytes(StandardCharsets.UTF_8);
	}

}
