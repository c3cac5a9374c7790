package id.pulih.recovery;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule and the worklist rules, on fixed dates: weeks and phases follow from the
 * start date and entry point; items are due in their window, overdue after it, done once
 * their condition holds; a client not seen for 14 days is listed.
 */
class ScheduleAndWorklistTests {

	/** A Monday; the pathway's week 1 runs Monday 2 March to Sunday 8 March 2026. */
	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	private static PathwayProgress progress(EntryPoint entry, Map<SessionType, Integer> counts, LocalDate lastSession,
			LocalDate intake, LocalDate end) {
		return new PathwayProgress(UUID.randomUUID(), UUID.randomUUID(), "UIC-" + entry, UUID.randomUUID(), "Unit",
				UUID.randomUUID(), "Agent", new Schedule(START, entry), counts, lastSession, intake, end, null);
	}

	private static PathwayProgress fresh(EntryPoint entry) {
		return progress(entry, Map.of(), null, null, null);
	}

	@Test
	void weeksAndPhasesFollowTheStartDate() {
		Schedule schedule = new Schedule(START, EntryPoint.SCREENING);
		assertThat(schedule.weekOf(START)).isEqualTo(1);
		assertThat(schedule.weekOf(START.plusDays(6))).isEqualTo(1);
		assertThat(schedule.weekOf(START.plusDays(7))).isEqualTo(2);
		assertThat(schedule.weekOf(START.minusDays(1))).isZero();
		assertThat(schedule.endsOn()).isEqualTo(START.plusWeeks(16).minusDays(1));
		assertThat(schedule.weeks()).hasSize(16);
		assertThat(schedule.weeks()).extracting(Schedule.Week::phase)
			.containsSubsequence(Phase.SCREENING, Phase.INTAKE_AND_INTERVENTION, Phase.AFTERCARE);
		assertThat(schedule.weeks().get(1).phase()).isEqualTo(Phase.INTAKE_AND_INTERVENTION);
		assertThat(schedule.weeks().get(7).phase()).isEqualTo(Phase.INTAKE_AND_INTERVENTION);
		assertThat(schedule.weeks().get(8).phase()).isEqualTo(Phase.AFTERCARE);
	}

	@Test
	void anAftercareEntryStartsAtWeekNine() {
		Schedule schedule = new Schedule(START, EntryPoint.AFTERCARE);
		assertThat(schedule.weekOf(START)).isEqualTo(9);
		assertThat(schedule.weeks()).hasSize(8).allMatch(week -> week.phase() == Phase.AFTERCARE);
		assertThat(schedule.weeks().getFirst().from()).isEqualTo(START);
		assertThat(schedule.endsOn()).isEqualTo(START.plusWeeks(8).minusDays(1));
	}

	@Property
	void everyWeekStartsOnItsFirstDay(@ForAll @IntRange(min = 1, max = 40) int week) {
		Schedule schedule = new Schedule(START, EntryPoint.SCREENING);
		assertThat(schedule.weekOf(schedule.firstDayOf(week))).isEqualTo(week);
		assertThat(schedule.weekOf(schedule.lastDayOf(week))).isEqualTo(week);
		assertThat(schedule.weekOf(schedule.lastDayOf(week).plusDays(1))).isEqualTo(week + 1);
	}

	@Property
	void anItemNeverComesBackOnceDoneOrOverdue(@ForAll @IntRange(min = 0, max = 200) int day,
			@ForAll @IntRange(min = 0, max = 3) int kie) {
		PathwayProgress progress = progress(EntryPoint.SCREENING, Map.of(SessionType.KIE, kie), null, null, null);
		LocalDate today = START.plusDays(day);
		for (DueItem item : DueItem.values()) {
			DueState state = progress.state(item, today);
			DueState tomorrow = progress.state(item, today.plusDays(1));
			assertThat(tomorrow.ordinal()).as(item + " on day " + day).isGreaterThanOrEqualTo(state.ordinal());
		}
	}

	@Test
	void inWeekOneNothingIsDueYet() {
		PathwayProgress progress = fresh(EntryPoint.SCREENING);
		assertThat(progress.inState(DueState.DUE, START.plusDays(3))).isEmpty();
		assertThat(progress.inState(DueState.OVERDUE, START.plusDays(3))).isEmpty();
		assertThat(progress.inState(DueState.UPCOMING, START.plusDays(3))).hasSize(DueItem.values().length);
	}

	@Test
	void inWeekTwoTheIntakeAndTheFirstSessionsAreDue() {
		PathwayProgress progress = fresh(EntryPoint.SCREENING);
		LocalDate week2 = START.plusWeeks(1).plusDays(2);
		assertThat(progress.inState(DueState.DUE, week2)).containsExactly(DueItem.WHOQOL_INTAKE, DueItem.KIE_1,
				DueItem.LIFE_SKILLS_1, DueItem.SELF_VISIT_1);
		assertThat(progress.deadline(DueItem.WHOQOL_INTAKE)).isEqualTo(START.plusWeeks(2).minusDays(1));
		assertThat(progress.deadline(DueItem.KIE_1)).isEqualTo(START.plusWeeks(8).minusDays(1));
	}

	@Test
	void theIntakeIsOverdueFromWeekThree() {
		PathwayProgress progress = fresh(EntryPoint.SCREENING);
		LocalDate lastDayOfWeek2 = START.plusWeeks(2).minusDays(1);
		assertThat(progress.state(DueItem.WHOQOL_INTAKE, lastDayOfWeek2)).isEqualTo(DueState.DUE);
		assertThat(progress.state(DueItem.WHOQOL_INTAKE, lastDayOfWeek2.plusDays(1))).isEqualTo(DueState.OVERDUE);
	}

	@Test
	void sessionsCountForTheirItemsWheneverTheyWereGiven() {
		Map<SessionType, Integer> counts = new EnumMap<>(SessionType.class);
		counts.put(SessionType.KIE, 2);
		counts.put(SessionType.LIFE_SKILLS, 1);
		PathwayProgress progress = progress(EntryPoint.SCREENING, counts, START.plusDays(20), START.plusDays(8), null);
		LocalDate week10 = START.plusWeeks(9).plusDays(1);
		assertThat(progress.state(DueItem.KIE_1, week10)).isEqualTo(DueState.DONE);
		assertThat(progress.state(DueItem.KIE_2, week10)).isEqualTo(DueState.DONE);
		assertThat(progress.state(DueItem.LIFE_SKILLS_1, week10)).isEqualTo(DueState.DONE);
		assertThat(progress.state(DueItem.LIFE_SKILLS_2, week10)).isEqualTo(DueState.DUE);
		assertThat(progress.state(DueItem.SELF_VISIT_1, week10)).isEqualTo(DueState.OVERDUE);
		assertThat(progress.state(DueItem.SELF_VISIT_2, week10)).isEqualTo(DueState.DUE);
		assertThat(progress.state(DueItem.WHOQOL_END, week10)).isEqualTo(DueState.UPCOMING);
		assertThat(progress.mandatorySessionsDone()).isFalse();
	}

	@Test
	void weekSixteenAsksForTheEndAssessmentAndTheOutcome() {
		Map<SessionType, Integer> counts = Map.of(SessionType.KIE, 2, SessionType.LIFE_SKILLS, 2,
				SessionType.SELF_VISIT, 2);
		PathwayProgress progress = progress(EntryPoint.SCREENING, counts, START.plusWeeks(15), START.plusDays(9), null);
		LocalDate week16 = START.plusWeeks(15).plusDays(2);
		assertThat(progress.inState(DueState.DUE, week16)).containsExactly(DueItem.WHOQOL_END, DueItem.OUTCOME);
		assertThat(progress.inState(DueState.OVERDUE, week16)).isEmpty();
		assertThat(progress.inState(DueState.OVERDUE, START.plusWeeks(16))).containsExactly(DueItem.WHOQOL_END,
				DueItem.OUTCOME);
		assertThat(progress.mandatorySessionsDone()).isTrue();
	}

	@Test
	void anAftercareEntryHasItsOwnWindows() {
		PathwayProgress progress = fresh(EntryPoint.AFTERCARE);
		assertThat(progress.inState(DueState.DUE, START)).containsExactly(DueItem.WHOQOL_INTAKE, DueItem.KIE_1,
				DueItem.LIFE_SKILLS_1, DueItem.SELF_VISIT_1);
		assertThat(progress.deadline(DueItem.WHOQOL_INTAKE)).isEqualTo(START.plusWeeks(2).minusDays(1));
		assertThat(progress.state(DueItem.KIE_2, START.plusWeeks(4))).isEqualTo(DueState.DUE);
		assertThat(progress.state(DueItem.KIE_1, START.plusWeeks(4))).isEqualTo(DueState.OVERDUE);
	}

	@Test
	void aClientNotSeenForFourteenDaysIsListed() {
		PathwayProgress progress = progress(EntryPoint.SCREENING, Map.of(SessionType.KIE, 1), START.plusDays(10),
				START.plusDays(8), null);
		assertThat(progress.lastSeen()).isEqualTo(START.plusDays(10));
		assertThat(progress.notSeen(START.plusDays(23))).isFalse();
		assertThat(progress.notSeen(START.plusDays(24))).isTrue();
		assertThat(progress.daysSinceSeen(START.plusDays(24))).isEqualTo(14);
		PathwayProgress nothingYet = fresh(EntryPoint.SCREENING);
		assertThat(nothingYet.lastSeen()).isEqualTo(START);
		assertThat(nothingYet.notSeen(START.plusDays(14))).isTrue();
	}

	@Test
	void theWorklistKeepsWhatNeedsSomethingMostUrgentFirst() {
		PathwayProgress onTrack = progress(EntryPoint.SCREENING, Map.of(SessionType.KIE, 1), START.plusDays(30),
				START.plusDays(8), null);
		PathwayProgress late = fresh(EntryPoint.SCREENING);
		PathwayProgress finished = new PathwayProgress(UUID.randomUUID(), UUID.randomUUID(), "UIC-DONE",
				UUID.randomUUID(), "Unit", UUID.randomUUID(), "Agent", new Schedule(START, EntryPoint.SCREENING),
				Map.of(), null, null, null, Outcome.MOVED);
		LocalDate today = START.plusDays(33);
		Worklist worklist = Worklist.of(today, List.of(onTrack, late, finished));
		assertThat(worklist.openPathways()).isEqualTo(3);
		assertThat(worklist.entries()).extracting(Worklist.Entry::enrolmentId)
			.containsExactly(late.enrolmentId(), onTrack.enrolmentId());
		assertThat(worklist.overdue()).extracting(Worklist.Entry::enrolmentId).containsExactly(late.enrolmentId());
		assertThat(worklist.notSeen()).extracting(Worklist.Entry::enrolmentId).containsExactly(late.enrolmentId());
		Worklist.Entry entry = worklist.entries().getFirst();
		assertThat(entry.week()).isEqualTo(5);
		assertThat(entry.overdue()).containsExactly(DueItem.WHOQOL_INTAKE);
		assertThat(entry.due()).containsExactly(DueItem.KIE_1, DueItem.LIFE_SKILLS_1, DueItem.SELF_VISIT_1);
		assertThat(worklist.dueThisWeek()).extracting(Worklist.Entry::enrolmentId)
			.containsExactly(late.enrolmentId(), onTrack.enrolmentId());
		assertThat(worklist.entries().get(1).due()).containsExactly(DueItem.LIFE_SKILLS_1, DueItem.SELF_VISIT_1);
	}

}
