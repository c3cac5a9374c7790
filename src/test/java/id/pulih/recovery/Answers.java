package id.pulih.recovery;

import java.util.LinkedHashMap;
import java.util.Map;

import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.Substance;

/** Ready-made answers for tests: ASSIST screenings at each risk, WHOQOL-BREF forms. */
final class Answers {

	private Answers() {
	}

	/**
	 * Low overall risk: occasional alcohol (score 2); daily tobacco (score 31, high, but
	 * tobacco does not count for the route); nothing else; never injected.
	 */
	static Map<String, String> lowRisk() {
		Map<String, String> answers = neverExcept(Substance.ALCOHOL, Substance.TOBACCO);
		put(answers, Substance.ALCOHOL, "YES", "ONCE_OR_TWICE", "NEVER", "NEVER", "NEVER", "NO_NEVER", "NO_NEVER");
		put(answers, Substance.TOBACCO, "YES", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY",
				"DAILY_OR_ALMOST_DAILY", null, "YES_IN_PAST_3_MONTHS", "YES_IN_PAST_3_MONTHS");
		answers.put(AssistAnswers.Q8, "NO_NEVER");
		return answers;
	}

	/** Moderate overall risk: weekly cannabis with nothing else (score 4). */
	static Map<String, String> moderateRisk() {
		Map<String, String> answers = neverExcept(Substance.CANNABIS);
		put(answers, Substance.CANNABIS, "YES", "WEEKLY", "NEVER", "NEVER", "NEVER", "NO_NEVER", "NO_NEVER");
		answers.put(AssistAnswers.Q8, "NO_NEVER");
		return answers;
	}

	/**
	 * High overall risk: daily amphetamine-type stimulants with every problem (score 39),
	 * injected more than weekly in the past three months.
	 */
	static Map<String, String> highRisk() {
		Map<String, String> answers = neverExcept(Substance.AMPHETAMINES);
		put(answers, Substance.AMPHETAMINES, "YES", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY",
				"DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY", "YES_IN_PAST_3_MONTHS", "YES_IN_PAST_3_MONTHS");
		answers.put(AssistAnswers.Q8, "YES_IN_PAST_3_MONTHS");
		answers.put(AssistAnswers.Q8_PATTERN, "MORE_THAN_WEEKLY");
		return answers;
	}

	/** Every WHOQOL-BREF item answered with the same value. */
	static Map<String, String> whoqol(int value) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 26; item++) {
			answers.put("q" + item, String.valueOf(value));
		}
		return answers;
	}

	private static Map<String, String> neverExcept(Substance... used) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Substance substance : Substance.values()) {
			answers.put(AssistAnswers.path(substance, 1), "NO");
		}
		for (Substance substance : used) {
			answers.remove(AssistAnswers.path(substance, 1));
		}
		return answers;
	}

	private static void put(Map<String, String> answers, Substance substance, String... values) {
		for (int question = 1; question <= 7; question++) {
			if (values[question - 1] != null) {
				answers.put(AssistAnswers.path(substance, question), values[question - 1]);
			}
		}
	}

}
