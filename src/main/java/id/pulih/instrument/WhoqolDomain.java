package id.pulih.instrument;

import java.util.List;

/**
 * The four WHOQOL-BREF domains, each with its items and the least number of them that
 * must be answered for the domain to be scored.
 */
public enum WhoqolDomain {

	PHYSICAL(6, List.of(3, 4, 10, 15, 16, 17, 18)), PSYCHOLOGICAL(5, List.of(5, 6, 7, 11, 19, 26)),
	SOCIAL(2, List.of(20, 21, 22)), ENVIRONMENT(6, List.of(8, 9, 12, 13, 14, 23, 24, 25));

	private final int minimumAnswered;

	private final List<Integer> items;

	WhoqolDomain(int minimumAnswered, List<Integer> items) {
		this.minimumAnswered = minimumAnswered;
		this.items = items;
	}

	/** The item numbers (1 to 26) of this domain. */
	public List<Integer> items() {
		return this.items;
	}

	/** A domain with fewer answered items is not scored. */
	public int minimumAnswered() {
		return this.minimumAnswered;
	}

	public String messageKey() {
		return "instrument.whoqol.domain." + name();
	}

}
