package id.pulih.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One Puskesmas: its clients (heavy-tailed visits: one-off contacts, a few visits,
 * monthly and weekly regulars, near-daily methadone doses where offered), their visits in
 * date order with the services given, and the stock those services draw: first expiry
 * first out under {@code visit:<id>}, received (by funding source, with an expiry) when
 * what is usable on the day would not cover the visit, so no balance is ever negative.
 */
final class Facility {

	private static final String[] SOURCES_SYRINGE = { "APBD", "APBD", "APBN", "DONOR" };

	private static final String[] SOURCES_CONDOM = { "APBN", "APBN", "DONOR", "CSR" };

	private static final String[] KIE_TOPICS = { "HIV dan AIDS", "Hepatitis C", "Overdosis", "Penggunaan jarum aman",
			"IMS", "Tuberkulosis", "Kesehatan jiwa" };

	private static final Map<String, Long> PRICE = Map.of("SYRINGE", 1_500L, "CONDOM", 800L, "LUBRICANT", 1_200L,
			"HIV_TEST_KIT", 25_000L, "METHADONE", 100L);

	private final Generator generator;

	private final Bulk bulk;

	private final Generator.Pkm pkm;

	private final Seeded random;

	private final double scale;

	private final Map<String, Item> stock = new LinkedHashMap<>();

	Facility(Generator generator, Bulk bulk, Generator.Pkm pkm, Seeded random, double scale) {
		this.generator = generator;
		this.bulk = bulk;
		this.pkm = pkm;
		this.random = random;
		this.scale = scale;
	}

	void generate(int clients) {
		List<Planned> visits = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			client(visits);
		}
		visits.sort(Comparator.comparing((Planned v) -> v.day).thenComparingInt(v -> v.order));
		// Demand per item over the facility's active days sets the size of a receipt.
		Map<String, Long> demand = new LinkedHashMap<>();
		for (Planned v : visits) {
			v.items.forEach((item, quantity) -> demand.merge(item, quantity, Long::sum));
		}
		if (!visits.isEmpty()) {
			long days = Math.max(30, ChronoUnit.DAYS.between(visits.getFirst().day, Generator.END));
			demand.forEach((item, total) -> this.stock.put(item, new Item(item, Math.max(10, total * 90 / days))));
		}
		int minute = 0;
		LocalDate previous = null;
		for (Planned v : visits) {
			minute = v.day.equals(previous) ? minute + 1 : 0;
			previous = v.day;
			write(v, Math.min(minute, 600));
		}
		for (Item item : this.stock.values()) {
			for (Batch batch : item.batches) {
				this.bulk.table("stock_balance")
					.add(batch.id, this.pkm.org.id(), batch.onHand, Generator.at(batch.received), Generator.AUTHOR,
							Generator.at(batch.lastMoved), Generator.AUTHOR, 0);
			}
		}
	}

	private void client(List<Planned> visits) {
		Seeded r = this.random;
		Facts.Person person = this.generator.facts().draw(this.pkm.org.id(), r);
		boolean man = person.sex().name().equals("MALE");
		boolean injects = r.chance(man ? 0.6 : 0.3);
		LocalDate first = Generator.growingDay(LocalDate.of(2021, 1, 1), Generator.END, r);
		List<LocalDate> days = new ArrayList<>();
		days.add(first);
		boolean methadone = this.pkm.methadone && injects && r.chance(0.12);
		double kind = r.uniform();
		if (methadone) {
			long length = Math.round(120 * r.logNormal(0.8));
			LocalDate day = first;
			LocalDate last = first.plusDays(length);
			while (true) {
				day = day.plusDays(ChronoUnit.DAYS.between(first, day) < 30 ? 1 : r.between(1, 4));
				if (day.isAfter(last) || day.isAfter(Generator.END)) {
					break;
				}
				days.add(day);
			}
		}
		else if (kind < 0.42) {
			// a one-off contact
		}
		else if (kind < 0.67) {
			int more = r.between(1, 4);
			LocalDate day = first;
			for (int i = 0; i < more; i++) {
				day = day.plusDays(r.between(7, 60));
				days.add(day);
			}
		}
		else {
			boolean weekly = kind >= 0.90;
			int count = (int) Math.max(2, Math.round((weekly ? 20 : 8) * this.scale * r.logNormal(0.7)));
			LocalDate day = first;
			for (int i = 1; i < count; i++) {
				day = day.plusDays(weekly ? r.between(5, 9) : r.between(25, 35));
				days.add(day);
			}
		}
		days.removeIf(d -> d.isAfter(Generator.END));
		UUID clientId = r.id(first, 100);
		String village = this.pkm.regency.nextVillage(r);
		this.bulk.table("client")
			.add(clientId, person.uic(), person.sex().name(), person.birthDate(), person.birthYear(), village,
					village.substring(0, 2), r.chance(0.6) ? "OUTREACH" : "SELF_REFERRAL", null, this.pkm.org.id(),
					first, Generator.at(first), Generator.AUTHOR, Generator.at(first), Generator.AUTHOR, 0);
		this.pkm.clients++;
		if (days.size() > this.pkm.busiestVisits) {
			this.pkm.busiestVisits = days.size();
			this.pkm.busiestClient = clientId;
		}
		ClientState state = new ClientState(clientId, injects, r.chance(0.7));
		if (methadone) {
			state.course = r.id(first, 101);
			state.targetDose = 10 * r.between(6, 12);
			state.dose = 30;
		}
		for (LocalDate day : days) {
			visits.add(plan(state, day, visits.size()));
		}
		if (state.course != null) {
			LocalDate last = days.getLast();
			boolean active = !last.plusDays(7).isBefore(Generator.END);
			LocalDate stopped = active ? null : last.plusDays(r.between(3, 7));
			this.bulk.table("hr_ost_course")
				.add(state.course, clientId, active ? clientId : null, this.pkm.org.id(), this.pkm.org.province(),
						first, active ? "ACTIVE" : "STOPPED", state.dose, stopped, active ? null : "Berhenti datang",
						Generator.at(first), Generator.AUTHOR, Generator.at(active ? last : stopped), Generator.AUTHOR,
						0);
		}
	}

	/** The services of one visit, decided in the client's visit order. */
	private Planned plan(ClientState state, LocalDate day, int order) {
		Seeded r = this.random;
		Planned v = new Planned(state.client, day, order);
		if (state.course != null) {
			int take = 0;
			v.methadone = new int[] { state.dose, take };
			v.course = state.course;
			v.missed = (state.coveredUntil == null) ? 0
					: (int) Math.max(0, ChronoUnit.DAYS.between(state.coveredUntil, day) - 1);
			state.dose = Math.min(state.targetDose, state.dose + 5);
		}
		else if (state.injects && r.chance(0.85)) {
			int packs = r.between(1, 3);
			v.nsp = new int[] { packs, packs * 10, (int) Math.round(packs * 10 * (0.4 + 0.55 * r.uniform())) };
			v.items.put("SYRINGE", (long) packs * 10);
		}
		if (!state.positive && state.regular
				&& (state.lastTest == null || ChronoUnit.DAYS.between(state.lastTest, day) >= 330)
				&& (state.lastTest != null || r.chance(0.6))) {
			state.lastTest = day;
			boolean positive = r.chance(state.injects ? 0.04 : 0.015);
			v.hiv = positive ? "POSITIVE" : "NEGATIVE";
			v.items.put("HIV_TEST_KIT", 1L);
			if (positive) {
				state.positive = true;
				LocalDate linked = day.plusDays(r.between(0, 14));
				if (r.chance(0.85) && !linked.isAfter(Generator.END)) {
					v.linked = linked;
					state.arvSince = linked;
				}
			}
		}
		else if (state.arvSince != null && day.isAfter(state.arvSince) && r.chance(0.7)) {
			v.arv = state.arvSince;
		}
		if (r.chance(0.3)) {
			int condoms = r.between(10, 20);
			v.condoms = new int[] { condoms, condoms / 2 };
			v.items.put("CONDOM", (long) condoms);
			v.items.put("LUBRICANT", (long) condoms / 2);
		}
		if (r.chance(0.2)) {
			v.kie = r.pick(KIE_TOPICS);
		}
		v.outreach = r.chance(0.15);
		if (v.methadone != null) {
			v.items.put("METHADONE", (long) v.methadone[0]);
			state.coveredUntil = day;
		}
		state.previous = day;
		return v;
	}

	private void write(Planned v, int minute) {
		Seeded r = this.random;
		UUID org = this.pkm.org.id();
		String province = this.pkm.org.province();
		UUID id = r.id(v.day, 120 + minute);
		this.bulk.table("hr_visit")
			.add(id, org, province, v.client, v.day, v.outreach ? "OUTREACH" : "WALK_IN",
					v.outreach ? this.pkm.fieldOfficer : null, Generator.at(v.day), Generator.AUTHOR,
					Generator.at(v.day), Generator.AUTHOR, 0);
		this.pkm.visits++;
		if (v.nsp != null) {
			this.bulk.table("hr_visit_nsp").add(id, v.nsp[0], v.nsp[1], v.nsp[2], true);
		}
		if (v.methadone != null) {
			this.bulk.table("hr_visit_methadone")
				.add(id, v.course, v.methadone[0], true, v.methadone[1], v.day.plusDays(v.methadone[1]), v.missed);
		}
		if (v.hiv != null) {
			this.bulk.table("hr_visit_hiv_test").add(id, true, true, v.hiv, v.linked);
			if ("POSITIVE".equals(v.hiv)) {
				this.bulk.table("hr_plhiv")
					.add(r.id(v.day, 130), v.client, org, province, v.day, "HIV_TEST", id, Generator.at(v.day),
							Generator.AUTHOR, Generator.at(v.day), Generator.AUTHOR, 0);
				this.bulk.table("hr_peer_assignment")
					.add(r.id(v.day, 131), v.client, v.client, org, province, this.pkm.peer, v.day, Generator.at(v.day),
							Generator.AUTHOR, Generator.at(v.day), Generator.AUTHOR, 0);
			}
		}
		if (v.arv != null) {
			this.bulk.table("hr_visit_arv").add(id, true, v.arv);
		}
		if (v.condoms != null) {
			this.bulk.table("hr_visit_condoms").add(id, v.condoms[0], v.condoms[1]);
		}
		if (v.kie != null) {
			this.bulk.table("hr_visit_kie").add(id, v.kie, r.between(1, 3));
		}
		if (!v.items.isEmpty()) {
			issue(id, v, minute);
		}
	}

	/** Draws the visit's items first expiry first out, receiving first when needed. */
	private void issue(UUID visit, Planned v, int minute) {
		UUID command = this.random.id(v.day, 121 + minute);
		String reference = "visit:" + visit;
		for (Map.Entry<String, Long> line : new TreeMap<>(v.items).entrySet()) {
			Item item = this.stock.get(line.getKey());
			long wanted = line.getValue();
			if (item.usable(v.day) < wanted) {
				receive(item, v.day, Math.max(wanted, item.reorder));
			}
			for (Batch batch : item.batches) {
				if (wanted == 0) {
					break;
				}
				if (batch.onHand == 0 || batch.expires.isBefore(v.day) || batch.received.isAfter(v.day)) {
					continue;
				}
				long take = Math.min(wanted, batch.onHand);
				batch.onHand -= take;
				batch.lastMoved = v.day;
				wanted -= take;
				this.bulk.table("stock_entry")
					.add(this.random.id(v.day, 121 + minute), command, this.pkm.org.id(), this.pkm.org.province(),
							batch.id, item.code, "ISSUE", -take, batch.onHand, v.day, reference, null, null,
							Generator.at(v.day), Generator.AUTHOR);
			}
		}
	}

	/**
	 * A receipt on the first of the month (or later, after the previous receipt): batches
	 * of one item all keep the same shelf life, so receipt order is expiry order.
	 */
	private void receive(Item item, LocalDate day, long quantity) {
		LocalDate on = day.withDayOfMonth(1);
		if (item.lastReceived != null && on.isBefore(item.lastReceived)) {
			on = item.lastReceived;
		}
		item.lastReceived = on;
		LocalDate expires = on.plusMonths("HIV_TEST_KIT".equals(item.code) ? 18 : 24);
		String source = switch (item.code) {
			case "SYRINGE" -> this.random.pick(SOURCES_SYRINGE);
			case "CONDOM", "LUBRICANT" -> this.random.pick(SOURCES_CONDOM);
			case "HIV_TEST_KIT" -> this.random.chance(0.8) ? "APBN" : "APBD";
			default -> "APBN";
		};
		long rounded = ((quantity + 99) / 100) * 100;
		UUID id = this.random.id(on, 1);
		String number = "B" + on.getYear() + String.format("%02d", on.getMonthValue()) + "-"
				+ (item.batches.size() + 1);
		this.bulk.table("stock_batch")
			.add(id, this.pkm.org.id(), this.pkm.org.province(), item.code, number, expires, source, on,
					Generator.at(on), Generator.AUTHOR);
		this.bulk.table("stock_entry")
			.add(id, id, this.pkm.org.id(), this.pkm.org.province(), id, item.code, "RECEIPT", rounded, rounded, on,
					null, null, rounded * PRICE.getOrDefault(item.code, 1000L), Generator.at(on), Generator.AUTHOR);
		item.batches.add(new Batch(id, on, expires, rounded));
	}

	private static final class Item {

		final String code;

		final long reorder;

		final List<Batch> batches = new ArrayList<>();

		@Nullable LocalDate lastReceived;

		Item(String code, long reorder) {
			this.code = code;
			this.reorder = reorder;
		}

		long usable(LocalDate day) {
			long sum = 0;
			for (Batch batch : this.batches) {
				if (!batch.expires.isBefore(day) && !batch.received.isAfter(day)) {
					sum += batch.onHand;
				}
			}
			return sum;
		}

	}

	private static final class Batch {

		final UUID id;

		final LocalDate received;

		final LocalDate expires;

		long onHand;

		LocalDate lastMoved;

		Batch(UUID id, LocalDate received, LocalDate expires, long onHand) {
			this.id = id;
			this.received = received;
			this.expires = expires;
			this.onHand = onHand;
			this.lastMoved = received;
		}

	}

	private static final class ClientState {

		final UUID client;

		final boolean injects;

		final boolean regular;

		@Nullable UUID course;

		int dose;

		int targetDose;

		@Nullable LocalDate coveredUntil;

		@Nullable LocalDate previous;

		@Nullable LocalDate lastTest;

		boolean positive;

		@Nullable LocalDate arvSince;

		ClientState(UUID client, boolean injects, boolean regular) {
			this.client = client;
			this.injects = injects;
			this.regular = regular;
		}

	}

	private static final class Planned {

		final UUID client;

		final LocalDate day;

		final int order;

		final Map<String, Long> items = new LinkedHashMap<>();

		int @Nullable [] nsp;

		int @Nullable [] methadone;

		@Nullable UUID course;

		int missed;

		@Nullable String hiv;

		@Nullable LocalDate linked;

		@Nullable LocalDate arv;

		int @Nullable [] condoms;

		@Nullable String kie;

		boolean outreach;

		Planned(UUID client, LocalDate day, int order) {
			this.client = client;
			this.day = day;
			this.order = order;
		}

	}

}
