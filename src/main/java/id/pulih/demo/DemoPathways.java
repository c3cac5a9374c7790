package id.pulih.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.Frequency;
import id.pulih.instrument.Substance;
import id.pulih.instrument.SubstanceAnswers;
import id.pulih.instrument.YesNoWhen;
import id.pulih.organisation.Organisation;
import id.pulih.recovery.Enrolment;
import id.pulih.recovery.NewEnrolment;
import id.pulih.recovery.NewScreening;
import id.pulih.recovery.NewSession;
import id.pulih.recovery.NewWhoqol;
import id.pulih.recovery.Outcome;
import id.pulih.recovery.OutcomeCommand;
import id.pulih.recovery.Pathways;
import id.pulih.recovery.Screenings;
import id.pulih.recovery.SessionType;
import id.pulih.recovery.WhoqolTiming;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.Person;

import org.springframework.stereotype.Component;

/**
 * Demo clients of the Gunungputri unit, at every stage of the 16-week pathway relative to
 * today: just screened, in intervention, in aftercare, completed, one screened at high
 * risk (routed to referral) and one entering aftercare after rehabilitation. Recorded
 * through the product's services as the demo recovery agent, so every rule applies.
 */
@Component
class DemoPathways {

	private static final String[] MOTHERS = { "Siti", "Euis", "Nining", "Aminah", "Yati", "Entin", "Cucu", "Ratna",
			"Lilis", "Wati", "Imas", "Iis", "Nur", "Sri" };

	private static final String[] FATHERS = { "Ujang", "Dadang", "Asep", "Engkos", "Oman", "Karta", "Maman", "Jajang",
			"Ade", "Rahmat", "Endang", "Udin", "Yusuf", "Cecep" };

	/** Weeks since each demo client was screened; negative marks a special case below. */
	private static final int[] WEEKS_AGO = { 0, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 };

	private final ClientRegistry clients;

	private final Screenings screenings;

	private final Pathways pathways;

	private final Clock clock;

	DemoPathways(ClientRegistry clients, Screenings screenings, Pathways pathways, Clock clock) {
		this.clients = clients;
		this.screenings = screenings;
		this.pathways = pathways;
		this.clock = clock;
	}

	void load(Organisation unit, Person agent, String agentUsername, UUID agentUserId, Organisation rehabilitation,
			Random random) {
		PulihUser by = new PulihUser(agentUserId, agentUsername, null, agent.fullName(), Role.RECOVERY_AGENT,
				Scope.organisation(unit.id(), unit.path()), agent.id(), "Asia/Jakarta", false, true, false);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Jakarta")));
		for (int i = 0; i < WEEKS_AGO.length; i++) {
			LocalDate screenedOn = today.minusWeeks(WEEKS_AGO[i]).minusDays(i % 3);
			UUID client = register(i, screenedOn, ClientSource.OUTREACH, null, random, by);
			this.screenings.screen(new NewScreening(null, client, screenedOn, null, lowRisk(random).toForm()), by);
			Enrolment enrolment = this.pathways.enrol(new NewEnrolment(null, client, null, screenedOn, null), by);
			walk(enrolment, screenedOn, today, random, by);
		}
		// Screened at high risk: routed to referral, not enrolled.
		LocalDate highOn = today.minusDays(4);
		UUID high = register(WEEKS_AGO.length, highOn, ClientSource.SELF_REFERRAL, null, random, by);
		this.screenings.screen(new NewScreening(null, high, highOn, null, highRisk().toForm()), by);
		// Finished rehabilitation elsewhere: enters the pathway at aftercare (week 9).
		LocalDate aftercareOn = today.minusWeeks(2);
		UUID aftercare = register(WEEKS_AGO.length + 1, aftercareOn, ClientSource.AFTERCARE, rehabilitation.id(),
				random, by);
		this.pathways.enrol(new NewEnrolment(null, aftercare, null, aftercareOn, null), by);
	}

	/** Sessions and assessments as a diligent agent would have recorded them by today. */
	private void walk(Enrolment enrolment, LocalDate start, LocalDate today, Random random, PulihUser by) {
		UUID id = enrolment.id();
		record(id, SessionType.KIE, start.plusDays(9), today, random, by);
		whoqol(id, WhoqolTiming.INTAKE, start.plusDays(10), today, 3, by);
		record(id, SessionType.LIFE_SKILLS, start.plusDays(20), today, random, by);
		record(id, SessionType.SELF_VISIT, start.plusDays(34), today, random, by);
		record(id, SessionType.FAMILY_SUPPORT, start.plusDays(45), today, random, by);
		record(id, SessionType.KIE, start.plusDays(66), today, random, by);
		record(id, SessionType.LIFE_SKILLS, start.plusDays(80), today, random, by);
		record(id, SessionType.SELF_VISIT, start.plusDays(100), today, random, by);
		LocalDate end = start.plusDays(110);
		if (whoqol(id, WhoqolTiming.END, end, today, 4, by)) {
			this.pathways.finish(id, new OutcomeCommand(Outcome.COMPLETED, end, null, null, null), by);
		}
	}

	private void record(UUID enrolment, SessionType type, LocalDate on, LocalDate today, Random random, PulihUser by) {
		if (on.isBefore(today)) {
			this.pathways.recordSession(
					new NewSession(null, type, on, null, 45 + 15 * random.nextInt(4), null, List.of(enrolment)), by);
		}
	}

	private boolean whoqol(UUID enrolment, WhoqolTiming timing, LocalDate on, LocalDate today, int level,
			PulihUser by) {
		if (!on.isBefore(today)) {
			return false;
		}
		Map<String, String> answers = new HashMap<>();
		for (int q = 1; q <= 26; q++) {
			// Q3, Q4 and Q26 are asked the other way round (pain, medicine, negative
			// feelings).
			int answer = (q == 3 || q == 4 || q == 26) ? 6 - level : level;
			answers.put("q" + q, String.valueOf(answer));
		}
		this.pathways.takeWhoqol(enrolment, new NewWhoqol(null, timing, on, null, answers), by);
		return true;
	}

	private UUID register(int i, LocalDate on, ClientSource source, UUID sourceOrganisation, Random random,
			PulihUser by) {
		Sex sex = (i % 5 == 0) ? Sex.FEMALE : Sex.MALE;
		LocalDate birth = LocalDate.of(1988 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
		UicFacts facts = new UicFacts(MOTHERS[i % MOTHERS.length], FATHERS[(i * 5) % FATHERS.length], sex, birth);
		String village = "32.01.02." + (2001 + random.nextInt(10));
		return this.clients
			.register(new NewClient(null, facts, sex, birth, null, village, source, sourceOrganisation, on), by)
			.client()
			.id();
	}

	private static AssistAnswers lowRisk(Random random) {
		Map<Substance, SubstanceAnswers> answers = new EnumMap<>(Substance.class);
		for (Substance substance : Substance.values()) {
			answers.put(substance, SubstanceAnswers.neverUsed());
		}
		answers.put(Substance.TOBACCO, SubstanceAnswers.usedInPast3Months(Frequency.DAILY_OR_ALMOST_DAILY,
				Frequency.WEEKLY, Frequency.NEVER, null, YesNoWhen.YES_IN_PAST_3_MONTHS, YesNoWhen.NO_NEVER));
		answers.put(Substance.ALCOHOL, SubstanceAnswers.usedInPast3Months(Frequency.ONCE_OR_TWICE, Frequency.NEVER,
				Frequency.NEVER, Frequency.NEVER, YesNoWhen.NO_NEVER, YesNoWhen.NO_NEVER));
		answers.put(random.nextBoolean() ? Substance.CANNABIS : Substance.AMPHETAMINES,
				SubstanceAnswers.notUsedInPast3Months(YesNoWhen.NO_NEVER, YesNoWhen.NO_NEVER));
		return new AssistAnswers(answers, YesNoWhen.NO_NEVER, null);
	}

	private static AssistAnswers highRisk() {
		Map<Substance, SubstanceAnswers> answers = new EnumMap<>(Substance.class);
		for (Substance substance : Substance.values()) {
			answers.put(substance, SubstanceAnswers.neverUsed());
		}
		answers.put(Substance.OPIOIDS,
				SubstanceAnswers.usedInPast3Months(Frequency.DAILY_OR_ALMOST_DAILY, Frequency.DAILY_OR_ALMOST_DAILY,
						Frequency.WEEKLY, Frequency.WEEKLY, YesNoWhen.YES_IN_PAST_3_MONTHS,
						YesNoWhen.YES_IN_PAST_3_MONTHS));
		return new AssistAnswers(answers, YesNoWhen.NO_NEVER, null);
	}

}
