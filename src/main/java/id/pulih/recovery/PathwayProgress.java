package id.pulih.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How far one pathway has come: its schedule, how many sessions of each type the client
 * attended and when last, and when the WHOQOL-BREF were taken. Everything the worklists
 * and the completion rule need, loaded for many pathways at once in a few grouped
 * queries; the rules themselves ({@link DueItem}, "not seen") are applied here, in plain
 * code, against a given day.
 *
 * @param lastSessionOn the date of the latest session the client attended, if any
 * @param intakeOn when the WHOQOL-BREF at intake was taken, if it was
 * @param endOn when the WHOQOL-BREF at the end was taken, if it was
 * @param outcome the outcome of a finished pathway, null while open
 */
public record PathwayProgress(UUID enrolmentId, UUID clientId, String clientUic, UUID unitId, String unitName,
		UUID agentId, String agentName, Schedule schedule, Map<SessionType, Integer> sessionCounts,
		@Nullable LocalDate lastSessionOn, @Nullable LocalDate intakeOn, @Nullable LocalDate endOn,
		@Nullable Outcome outcome) {

	/** Days without any contact after which a client counts as "not seen". */
	public static final int NOT_SEEN_DAYS = 14;

	public PathwayProgress {
		Map<SessionType, Integer> copy = new EnumMap<>(SessionType.class);
		copy.putAll(sessionCounts);
		sessionCounts = Collections.unmodifiableMap(copy);
	}

	public int count(SessionType type) {
		return this.sessionCounts.getOrDefault(type, 0);
	}

	/** The pathway week a day falls in. */
	public int week(LocalDate today) {
		return this.schedule.weekOf(today);
	}

	public boolean isDone(DueItem item) {
		return switch (item) {
			case WHOQOL_INTAKE -> this.intakeOn != null;
			case WHOQOL_END -> this.endOn != null;
			case OUTCOME -> this.outcome != null;
			default -> count(item.sessionType()) >= item.times();
		};
	}

	public DueState state(DueItem item, LocalDate today) {
		return stateInWeek(item, week(today));
	}

	/** An item's state in a pathway week (what {@link #state} finds for a day in it). */
	DueState stateInWeek(DueItem item, int week) {
		if (isDone(item)) {
			return DueState.DONE;
		}
		DueItem.Window window = item.window(this.schedule.entry());
		if (week > window.byWeek()) {
			return DueState.OVERDUE;
		}
		return (week >= window.fromWeek()) ? DueState.DUE : DueState.UPCOMING;
	}

	/** The last day an item may be done on: the end of the last week of its window. */
	public LocalDate deadline(DueItem item) {
		return this.schedule.lastDayOf(item.window(this.schedule.entry()).byWeek());
	}

	/** Every item with its state and deadline, in the order of the rule table. */
	public List<DueStatus> items(LocalDate today) {
		List<DueStatus> items = new ArrayList<>();
		for (DueItem item : DueItem.values()) {
			items.add(new DueStatus(item, state(item, today), deadline(item)));
		}
		return items;
	}

	public List<DueItem> inState(DueState state, LocalDate today) {
		List<DueItem> items = new ArrayList<>();
		for (DueItem item : DueItem.values()) {
			if (state(item, today) == state) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * The last day the client was seen: the latest session attended or WHOQOL-BREF taken,
	 * or the start of the pathway if nothing yet.
	 */
	public LocalDate lastSeen() {
		LocalDate last = this.schedule.startedOn();
		for (LocalDate date : new LocalDate[] { this.lastSessionOn, this.intakeOn, this.endOn }) {
			if (date != null && date.isAfter(last)) {
				last = date;
			}
		}
		return last;
	}

	public long daysSinceSeen(LocalDate today) {
		return ChronoUnit.DAYS.between(lastSeen(), today);
	}

	/** An open pathway whose client has not been seen for 14 days or more. */
	public boolean notSeen(LocalDate today) {
		return this.outcome == null && daysSinceSeen(today) >= NOT_SEEN_DAYS;
	}

	/** Whether every mandatory service was given at least twice. */
	public boolean mandatorySessionsDone() {
		return SessionType.mandatory().stream().allMatch(type -> count(type) >= SessionType.MANDATORY_TIMES);
	}

	/** Whether both WHOQOL-BREF were taken. */
	public boolean whoqolDone() {
		return this.intakeOn != null && this.endOn != null;
	}

	/** One item's state on a day, with its deadline. */
	public record DueStatus(DueItem item, DueState state, LocalDate deadline) {

	}

}
