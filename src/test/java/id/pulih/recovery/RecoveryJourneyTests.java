package id.pulih.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole 16-week journey of one client, as the Gunungputri recovery agent lives it: a
 * client found by outreach is registered and screened at low risk (week 1), enrolled, has
 * the WHOQOL-BREF at intake (week 2), KIE, life skills and self-visits twice each through
 * intervention and aftercare, a family support group with another client, the WHOQOL-BREF
 * at the end (week 16), and completes. Along the way the worklist says what is due; at
 * the end the client's timeline tells it all and the pathway shows the change in quality
 * of life per domain.
 */
@PulihSpringTest
class RecoveryJourneyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Screenings screenings;

	@Autowired
	private Pathways pathways;

	@Autowired
	private Worklists worklists;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	private RecoveryWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new RecoveryWorld(this.users, this.clients, this.screenings, this.pathways, this.organisations,
				this.worklists, this.jdbc);
	}

	@Test
	void aClientWalksTheWholePathwayToCompletion() throws Exception {
		// Week 1 began 111 days ago: today is the last day of week 16.
		LocalDate start = this.world.today.minusDays(111);
		Client client = this.world.client();
		Screening screening = this.world.screen(client, Answers.lowRisk(), start);
		assertThat(screening.overallRisk()).isEqualTo(RiskLevel.LOW);
		assertThat(this.pathways.eligibility(client.id(), this.world.agent.scope()).eligible()).isTrue();

		Enrolment enrolment = this.pathways.enrol(new NewEnrolment(null, client.id(), null, null, null),
				this.world.agent);
		assertThat(enrolment.startedOn()).as("week 1 is the screening week").isEqualTo(start);
		assertThat(enrolment.screeningId()).isEqualTo(screening.id());
		assertThat(enrolment.agentId()).isEqualTo(this.world.agent.personId());
		assertThat(enrolment.schedule().weekOf(this.world.today)).isEqualTo(16);

		// Week 2: the intake is due with the first sessions.
		Worklist week2 = this.worklists.forAgent(this.world.agent.personId(), this.world.agent.scope(),
				start.plusDays(8));
		assertThat(week2.dueThisWeek()).filteredOn(entry -> entry.enrolmentId().equals(enrolment.id()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.due()).contains(DueItem.WHOQOL_INTAKE, DueItem.KIE_1));

		this.pathways.takeWhoqol(enrolment.id(),
				new NewWhoqol(null, WhoqolTiming.INTAKE, start.plusDays(8), null, Answers.whoqol(3)), this.world.agent);
		this.world.session(SessionType.KIE, start.plusDays(9), enrolment);
		this.world.session(SessionType.LIFE_SKILLS, start.plusDays(15), enrolment);
		this.world.session(SessionType.SELF_VISIT, start.plusDays(30), enrolment);
		this.world.session(SessionType.KIE, start.plusDays(58), enrolment);
		this.world.session(SessionType.LIFE_SKILLS, start.plusDays(65), enrolment);
		Enrolment other = this.world.enrolled(start.plusDays(40));
		RecoverySession family = this.pathways
			.recordSession(
					new NewSession(null, SessionType.FAMILY_SUPPORT, start.plusDays(72), null, 90,
							"Pertemuan keluarga bersama dua klien", List.of(enrolment.id(), other.id())),
					this.world.agent);
		assertThat(family.enrolmentIds()).containsExactlyInAnyOrder(enrolment.id(), other.id());
		this.world.session(SessionType.SELF_VISIT, start.plusDays(95), enrolment);

		// Week 15: everything done but the end, which is not due before week 16.
		Worklist week15 = this.worklists.forAgent(this.world.agent.personId(), this.world.agent.scope(),
				start.plusDays(100));
		assertThat(week15.entries()).noneMatch(entry -> entry.enrolmentId().equals(enrolment.id()));
		assertThat(this.pathways.progress(enrolment.id(), this.world.agent.scope()).mandatorySessionsDone()).isTrue();

		this.pathways.takeWhoqol(enrolment.id(),
				new NewWhoqol(null, WhoqolTiming.END, start.plusDays(106), null, Answers.whoqol(4)), this.world.agent);
		Enrolment completed = this.pathways.finish(enrolment.id(),
				new OutcomeCommand(Outcome.COMPLETED, null, null, null, null), this.world.agent);
		assertThat(completed.outcome()).isEqualTo(Outcome.COMPLETED);
		assertThat(completed.outcomeOn()).isEqualTo(this.world.today);
		assertThat(completed.whoqolChange()).hasValueSatisfying(
				change -> assertThat(change.domain(WhoqolDomain.SOCIAL).score()).isEqualByComparingTo("4"));
		assertThat(this.pathways.openOf(client.id(), this.world.agent.scope())).isEmpty();
		assertThat(this.world.audits(enrolment.id(), "recovery.finished")).isOne();

		// The client's timeline tells the journey.
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skrining ASSIST: risiko rendah, layanan IBM")))
			.andExpect(content().string(containsString("Mulai jalur pemulihan IBM (minggu ke-1)")))
			.andExpect(content().string(containsString("WHOQOL-BREF awal: fisik")))
			.andExpect(content().string(containsString("Layanan KIE (60 menit, 1 klien)")))
			.andExpect(content().string(containsString("Kunjungan mandiri (60 menit)")))
			.andExpect(content().string(containsString("Dukungan keluarga (90 menit, 2 klien)")))
			.andExpect(content().string(containsString("Perubahan kualitas hidup: fisik +")))
			.andExpect(content().string(containsString("sosial +4.00")))
			.andExpect(content().string(containsString("Jalur pemulihan selesai")))
			.andExpect(content().string(containsString("/recovery/enrolments/" + enrolment.id())));

		// The pathway page shows the outcome and the change per domain, read-only.
		this.mvc.perform(get("/recovery/enrolments/" + enrolment.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jalur ini sudah selesai dan hanya dapat dibaca")))
			.andExpect(content().string(containsString("Hubungan sosial")))
			.andExpect(content().string(containsString("4.00")))
			.andExpect(content().string(containsString("Koreksi hasil akhir")))
			.andExpect(content().string(not(containsString("Catat layanan"))));

		// The other client of the family group still has work to do.
		assertThat(this.world.sessionsOf(other.id())).isOne();
		UUID otherId = other.id();
		assertThat(this.worklists.forAgent(this.world.agent.personId(), this.world.agent.scope(), this.world.today)
			.overdue()).anyMatch(entry -> entry.enrolmentId().equals(otherId));
	}

}
