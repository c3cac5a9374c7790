package id.pulih.recovery;

import org.jspecify.annotations.Nullable;

/**
 * What a pathway must have by when: the rule table of the worklists. Each item has a
 * window of pathway weeks, from the week it becomes due to the last week it may be done
 * in; it is <em>done</em> as soon as its condition holds, whenever that happened (a
 * second KIE given in week 3 already satisfies "KIE 2").
 *
 * <pre>
 * item            done when                    entry from screening   aftercare entry
 *                                              (weeks 1-16)           (weeks 9-16)
 * WHOQOL_INTAKE   WHOQOL-BREF intake recorded   week 2                 weeks 9-10
 * KIE_1           1 KIE session                 weeks 2-8              weeks 9-12
 * LIFE_SKILLS_1   1 life skills session         weeks 2-8              weeks 9-12
 * SELF_VISIT_1    1 self-visit                  weeks 2-8              weeks 9-12
 * KIE_2           2 KIE sessions                weeks 9-12             weeks 13-16
 * LIFE_SKILLS_2   2 life skills sessions        weeks 9-12             weeks 13-16
 * SELF_VISIT_2    2 self-visits                 weeks 9-16             weeks 13-16
 * WHOQOL_END      WHOQOL-BREF end recorded      week 16                week 16
 * OUTCOME         an outcome recorded           week 16                week 16
 * </pre>
 *
 * On a given day an item that is not done is <em>due this week</em> while the current
 * pathway week lies in its window, <em>overdue</em> once its last week has ended, and
 * <em>upcoming</em> before its window opens. The mandatory services follow the seed's
 * "KIE, life skills and self-visits, each at least twice": the first of each in the
 * intervention weeks, the second in the first half of aftercare (self-visits, which are
 * the monitoring of aftercare, by its end).
 */
public enum DueItem {

	WHOQOL_INTAKE(null, 0, 2, 2, 9, 10), KIE_1(SessionType.KIE, 1, 2, 8, 9, 12),
	LIFE_SKILLS_1(SessionType.LIFE_SKILLS, 1, 2, 8, 9, 12), SELF_VISIT_1(SessionType.SELF_VISIT, 1, 2, 8, 9, 12),
	KIE_2(SessionType.KIE, 2, 9, 12, 13, 16), LIFE_SKILLS_2(SessionType.LIFE_SKILLS, 2, 9, 12, 13, 16),
	SELF_VISIT_2(SessionType.SELF_VISIT, 2, 9, 16, 13, 16), WHOQOL_END(null, 0, 16, 16, 16, 16),
	OUTCOME(null, 0, 16, 16, 16, 16);

	private final @Nullable SessionType sessionType;

	private final int times;

	private final Window fromScreening;

	private final Window aftercare;

	DueItem(@Nullable SessionType sessionType, int times, int from, int by, int aftercareFrom, int aftercareBy) {
		this.sessionType = sessionType;
		this.times = times;
		this.fromScreening = new Window(from, by);
		this.aftercare = new Window(aftercareFrom, aftercareBy);
	}

	/** The pathway weeks in which the item is due, for a pathway entered there. */
	public Window window(EntryPoint entry) {
		return (entry == EntryPoint.AFTERCARE) ? this.aftercare : this.fromScreening;
	}

	/** The session type this item counts, or null for WHOQOL-BREF and the outcome. */
	public @Nullable SessionType sessionType() {
		return this.sessionType;
	}

	/** How many sessions of its type the item needs (0 for the others). */
	public int times() {
		return this.times;
	}

	public String messageKey() {
		return "recovery.due." + name();
	}

	/** A range of pathway weeks, both ends included. */
	public record Window(int fromWeek, int byWeek) {

	}

}
