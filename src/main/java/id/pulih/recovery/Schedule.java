package id.pulih.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of one pathway, derived from its start date and entry point: nothing of it is
 * stored. The start date is the first day of the entry week (week 1 for an entry from
 * screening, week 9 for an aftercare entry); week {@code n} runs for seven days from
 * {@code startedOn + 7 × (n − entry week)}. Dates after week 16 lie in weeks 17 and later
 * (the pathway is then late), dates before the start in weeks before the entry week.
 *
 * @param startedOn the first day of the entry week
 * @param entry where the client entered
 */
public record Schedule(LocalDate startedOn, EntryPoint entry) {

	/** The length of the pathway in weeks. */
	public static final int WEEKS = 16;

	/** The pathway week a date falls in. */
	public int weekOf(LocalDate date) {
		long days = ChronoUnit.DAYS.between(this.startedOn, date);
		return this.entry.firstWeek() + (int) Math.floorDiv(days, 7L);
	}

	public LocalDate firstDayOf(int week) {
		return this.startedOn.plusWeeks(week - this.entry.firstWeek());
	}

	public LocalDate lastDayOf(int week) {
		return firstDayOf(week).plusDays(6);
	}

	/** The last day of week 16. */
	public LocalDate endsOn() {
		return lastDayOf(WEEKS);
	}

	/** The weeks the client spends in the pathway, from the entry week to week 16. */
	public List<Week> weeks() {
		List<Week> weeks = new ArrayList<>();
		for (int week = this.entry.firstWeek(); week <= WEEKS; week++) {
			weeks.add(new Week(week, firstDayOf(week), lastDayOf(week), Phase.ofWeek(week)));
		}
		return weeks;
	}

	/** One week of the schedule. */
	public record Week(int number, LocalDate from, LocalDate to, Phase phase) {

		public boolean contains(LocalDate date) {
			return !date.isBefore(this.from) && !date.isAfter(this.to);
		}

	}

}
