package id.pulih.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What needs doing on a day for a set of open pathways (an agent's, a unit's or a whole
 * scope's): per pathway the items due this week, the overdue ones, and whether the client
 * has not been seen for 14 days (rules in {@link DueItem} and {@link PathwayProgress}).
 *
 * @param today the day the worklist is for, in the user's time zone
 * @param entries one per open pathway that needs something, most urgent first
 * @param openPathways how many open pathways were looked at
 */
public record Worklist(LocalDate today, List<Entry> entries, int openPathways) {

	private static final DueItem[] DUE_ITEMS = DueItem.values();

	public Worklist {
		entries = List.copyOf(entries);
	}

	/** Applies the rules to every pathway and keeps those that need something. */
	public static Worklist of(LocalDate today, List<PathwayProgress> pathways) {
		List<Entry> entries = pathways.stream()
			.filter(progress -> progress.outcome() == null)
			.map(progress -> Entry.of(progress, today))
			.filter(Entry::needsSomething)
			.sorted(Comparator.comparingInt((Entry entry) -> -entry.overdue().size())
				.thenComparingLong(entry -> -entry.daysSinceSeen())
				.thenComparing(Entry::clientUic))
			.toList();
		return new Worklist(today, entries, pathways.size());
	}

	public List<Entry> dueThisWeek() {
		return this.entries.stream().filter(entry -> !entry.due().isEmpty()).toList();
	}

	public List<Entry> overdue() {
		return this.entries.stream().filter(entry -> !entry.overdue().isEmpty()).toList();
	}

	public List<Entry> notSeen() {
		return this.entries.stream().filter(Entry::notSeen).toList();
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/**
	 * One pathway on the worklist.
	 *
	 * @param week the pathway week today falls in (above 16 when the pathway is late)
	 * @param due items due this week, not done
	 * @param overdue items whose last week has passed, not done
	 * @param notSeen no contact for 14 days or more
	 */
	public record Entry(UUID enrolmentId, UUID clientId, String clientUic, UUID unitId, String unitName, UUID agentId,
			String agentName, int week, List<DueItem> due, List<DueItem> overdue, LocalDate lastSeen,
			long daysSinceSeen, boolean notSeen) {

		public Entry {
			due = List.copyOf(due);
			overdue = List.copyOf(overdue);
		}

		/**
		 * The rules of {@link PathwayProgress#inState},
		 * {@link PathwayProgress#daysSinceSeen} and {@link PathwayProgress#notSeen},
		 * applied in one pass over the items (a worklist judges thousands of pathways per
		 * page).
		 */
		static Entry of(PathwayProgress progress, LocalDate today) {
			int week = progress.week(today);
			List<DueItem> due = new ArrayList<>(4);
			List<DueItem> overdue = new ArrayList<>(4);
			for (DueItem item : DUE_ITEMS) {
				DueState state = progress.stateInWeek(item, week);
				if (state == DueState.DUE) {
					due.add(item);
				}
				else if (state == DueState.OVERDUE) {
					overdue.add(item);
				}
			}
			LocalDate lastSeen = progress.lastSeen();
			long daysSinceSeen = ChronoUnit.DAYS.between(lastSeen, today);
			boolean notSeen = progress.outcome() == null && daysSinceSeen >= PathwayProgress.NOT_SEEN_DAYS;
			return new Entry(progress.enrolmentId(), progress.clientId(), progress.clientUic(), progress.unitId(),
					progress.unitName(), progress.agentId(), progress.agentName(), week, due, overdue, lastSeen,
					daysSinceSeen, notSeen);
		}

		boolean needsSomething() {
			return !this.due.isEmpty() || !this.overdue.isEmpty() || this.notSeen;
		}

	}

}
