package id.pulih.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import id.pulih.budget.BudgetLine;
import id.pulih.budget.Budgets;
import id.pulih.budget.NewCost;
import id.pulih.budget.SetAllocation;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.harmreduction.AgeBand;
import id.pulih.harmreduction.Arrival;
import id.pulih.harmreduction.ContactMode;
import id.pulih.harmreduction.Adherence;
import id.pulih.harmreduction.HarmReductionVisits;
import id.pulih.harmreduction.NewVisit;
import id.pulih.harmreduction.PeerSupport;
import id.pulih.harmreduction.TestResult;
import id.pulih.organisation.Organisation;
import id.pulih.referral.NewReferral;
import id.pulih.referral.ReferralContent;
import id.pulih.referral.Referrals;
import id.pulih.referral.ServiceAsked;
import id.pulih.referral.SharedItem;
import id.pulih.referral.Urgency;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockLedger;

import org.springframework.stereotype.Component;

/**
 * The harm reduction side of the demo, at the Kota Bandung Puskesmas: commodities
 * received from APBD and APBN (two batches of syringes at Sukasari, so issues visibly
 * draw the earlier expiry first, and one lubricant batch close to expiry); the health
 * office's budget for the seed-000 lines; outreach clients with visits over the past
 * weeks (NSP, condoms, KIE, methadone, one positive HIV test linked to ARV whose peer
 * support contact is due); anonymous contacts; and a referral from Sukasari to the
 * Gunungputri IBM unit waiting in its inbox. Recorded through the product's services as
 * the demo workers, so every rule applies.
 */
@Component
class DemoHarmReduction {

	private static final String SUKARASA = "32.73.01.1001";

	private static final String[] MOTHERS = { "Enok", "Popon", "Titin", "Dedeh", "Oneng", "Empat", "Iyam", "Acih" };

	private static final String[] FATHERS = { "Odang", "Encep", "Apep", "Ayi", "Dodi", "Opik", "Herman", "Usep" };

	private final StockLedger stock;

	private final Budgets budgets;

	private final ClientRegistry clients;

	private final HarmReductionVisits visits;

	private final PeerSupport peers;

	private final Referrals referrals;

	private final Clock clock;

	DemoHarmReduction(StockLedger stock, Budgets budgets, ClientRegistry clients, HarmReductionVisits visits,
			PeerSupport peers, Referrals referrals, Clock clock) {
		this.stock = stock;
		this.budgets = budgets;
		this.clients = clients;
		this.visits = visits;
		this.peers = peers;
		this.referrals = referrals;
		this.clock = clock;
	}

	/** Where the demo happens. */
	record Places(Organisation healthOffice, Organisation sukasari, List<Organisation> otherPuskesmas,
			Organisation gunungputri) {
	}

	/** Who records it. */
	record Staff(PulihUser healthWorker, PulihUser fieldOfficer, PulihUser peer, PulihUser manager) {
	}

	void load(Places places, Staff staff, Random random) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Jakarta")));
		receiveCommodities(places, today);
		allocateBudgets(places, staff.manager(), today);

		// Outreach clients the field officer brought; their visits over the past weeks.
		UUID[] brought = new UUID[6];
		for (int i = 0; i < brought.length; i++) {
			brought[i] = register(i, today.minusWeeks(8 - i), staff.fieldOfficer(), random);
		}
		UUID officer = staff.fieldOfficer().personId();
		for (int week = 8; week >= 1; week--) {
			for (int i = 0; i < brought.length; i++) {
				LocalDate on = today.minusWeeks(week).plusDays(i % 5);
				if (on.isBefore(today.minusWeeks(8 - i))) {
					continue;
				}
				int needles = 10 + random.nextInt(21);
				this.visits.record(new NewVisit(null, brought[i], null, on,
						(week % 2 == 0) ? Arrival.OUTREACH : Arrival.WALK_IN, (week % 2 == 0) ? officer : null,
						new NewVisit.Nsp(needles / 10, needles, needles - random.nextInt(6), true), null, null, null,
						null, new NewVisit.Condoms(6 + random.nextInt(7), random.nextInt(4)), null, null,
						(week % 4 == 0) ? new NewVisit.Kie("Penyuntikan aman dan pencegahan overdosis", 1) : null, null,
						null), staff.healthWorker());
			}
		}
		// A positive HIV test, linked to ARV the same week; the peer's contact is due.
		LocalDate tested = today.minusDays(40);
		this.visits.record(new NewVisit(null, brought[0], null, tested, Arrival.OUTREACH, officer, null, null,
				new NewVisit.HivTest(true, true, TestResult.POSITIVE, tested.plusDays(3)), null, null, null, null, null,
				null, null, null), staff.healthWorker());
		this.visits.record(
				new NewVisit(null, brought[0], null, tested.plusDays(3), Arrival.WALK_IN, null, null, null, null,
						new NewVisit.Arv(true, tested.plusDays(3)), null, null, null, null, null, null, null),
				staff.healthWorker());
		this.peers.assign(brought[0], new PeerSupport.NewAssignment(staff.peer().personId(), tested.plusDays(3)),
				staff.healthWorker());
		this.peers.recordContact(brought[0], new PeerSupport.NewContact(null, tested.plusDays(10),
				ContactMode.HOME_VISIT, Adherence.GOOD, "Minum obat teratur; didampingi ibu.", today.minusDays(2)),
				staff.peer());
		// Negative tests for two others.
		for (int i = 1; i <= 2; i++) {
			this.visits.record(new NewVisit(null, brought[i], null, today.minusDays(20 + i), Arrival.WALK_IN, null,
					null, null, new NewVisit.HivTest(true, true, TestResult.NEGATIVE, null), null, null, null, null,
					null, null, null, null), staff.healthWorker());
		}
		// Methadone, observed daily for the past week.
		for (int day = 7; day >= 1; day--) {
			this.visits.record(
					new NewVisit(null, brought[3], null, today.minusDays(day), Arrival.WALK_IN, null, null,
							new NewVisit.Methadone(60, true, 0), null, null, null, null, null, null, null, null, null),
					staff.healthWorker());
		}
		// Anonymous contacts on outreach: needles and condoms, no record of who.
		for (int i = 0; i < 5; i++) {
			this.visits.record(new NewVisit(null, null,
					new NewVisit.Anonymous((i % 3 == 0) ? Sex.FEMALE : Sex.MALE,
							(i % 2 == 0) ? AgeBand.AGE_25_29 : AgeBand.AGE_30_39),
					today.minusDays(3 + i), Arrival.OUTREACH, officer, new NewVisit.Nsp(1, 10, 0, true), null, null,
					null, null, new NewVisit.Condoms(6, 2), null, null, null, null, null), staff.fieldOfficer());
		}
		// Low-risk use noted: referred to the village's IBM unit, waiting in its inbox.
		this.referrals.refer(
				new NewReferral(null, brought[5],
						new ReferralContent(places.gunungputri().id(), ServiceAsked.IBM_RECOVERY, Urgency.ROUTINE,
								"Penggunaan berisiko rendah; klien bersedia didampingi agen pemulihan di desanya.",
								Set.of(SharedItem.CODE_AND_DEMOGRAPHICS), null, null, null, null,
								"Klien tinggal di Gunungputri sejak bulan lalu."),
						true, today.minusDays(2)),
				staff.healthWorker());
	}

	private UUID register(int i, LocalDate on, PulihUser by, Random random) {
		Sex sex = (i % 4 == 3) ? Sex.FEMALE : Sex.MALE;
		LocalDate birth = LocalDate.of(1984, 1, 1).plusDays(random.nextInt(365 * 16));
		UicFacts facts = new UicFacts(MOTHERS[i % MOTHERS.length], FATHERS[i % FATHERS.length], sex, birth);
		return this.clients
			.register(new NewClient(null, facts, sex, birth, null, SUKARASA, ClientSource.OUTREACH, null, on), by)
			.client()
			.id();
	}

	private void receiveCommodities(Places places, LocalDate today) {
		Organisation sukasari = places.sukasari();
		LocalDate received = today.minusDays(70);
		receive(sukasari, Commodities.SYRINGE, "LJSS-2026-014", today.plusMonths(5), FundingSource.APBD, 1_500, 2_500,
				received.minusDays(60));
		receive(sukasari, Commodities.SYRINGE, "LJSS-2026-031", today.plusMonths(14), FundingSource.APBD, 5_000, 2_500,
				received);
		receive(sukasari, Commodities.CONDOM, "KDM-2026-07", today.plusMonths(30), FundingSource.APBD, 3_000, 1_000,
				received);
		receive(sukasari, Commodities.LUBRICANT, "PLM-2025-11", today.plusDays(40), FundingSource.APBD, 400, 1_500,
				received.minusDays(200));
		receive(sukasari, Commodities.LUBRICANT, "PLM-2026-05", today.plusMonths(20), FundingSource.APBD, 2_000, 1_500,
				received);
		receive(sukasari, Commodities.HIV_TEST_KIT, "RDT-HIV-2026-02", today.plusMonths(10), FundingSource.APBN, 200,
				25_000, received);
		receive(sukasari, Commodities.METHADONE, "MTD-2026-03", today.plusMonths(18), FundingSource.APBN, 60_000, 150,
				received);
		receive(sukasari, Commodities.STI_MEDICINE, "IMS-2026-01", today.plusMonths(12), FundingSource.APBN, 80, 45_000,
				received);
		receive(sukasari, Commodities.TB_MEDICINE, "OAT-2026-04", today.plusMonths(16), FundingSource.APBN, 40, 120_000,
				received);
		receive(sukasari, Commodities.GENEXPERT_CARTRIDGE, "TCM-2026-02", today.plusMonths(9), FundingSource.APBN, 30,
				150_000, received);
		receive(sukasari, Commodities.HEPATITIS_B_VACCINE, "HBV-2026-01", today.plusMonths(11), FundingSource.APBD, 100,
				60_000, received);
		receive(sukasari, Commodities.HEPATITIS_TEST, "RDT-HEP-2026-01", today.plusMonths(11), FundingSource.APBD, 100,
				30_000, received);
		int n = 0;
		for (Organisation puskesmas : places.otherPuskesmas()) {
			n++;
			receive(puskesmas, Commodities.SYRINGE, "LJSS-2026-04" + n, today.plusMonths(12), FundingSource.APBD, 2_000,
					2_500, received);
			receive(puskesmas, Commodities.CONDOM, "KDM-2026-1" + n, today.plusMonths(24), FundingSource.APBD, 1_500,
					1_000, received);
			receive(puskesmas, Commodities.HIV_TEST_KIT, "RDT-HIV-2026-1" + n, today.plusMonths(10), FundingSource.APBN,
					100, 25_000, received);
		}
	}

	private void receive(Organisation facility, String item, String batch, LocalDate expires, FundingSource source,
			long quantity, long unitPrice, LocalDate receivedOn) {
		this.stock.receive(new NewReceipt(null, facility.id(), item, batch, expires, source, quantity,
				quantity * unitPrice, receivedOn), Scope.national());
	}

	/**
	 * The health office's allocations for this year by the seed-000 lines: APBD pays for
	 * syringes, HIV testing, condoms, STI prevention, KIE and TB; APBN supplies part of
	 * the STI medicines and the TB medicines and GeneXpert cartridges.
	 */
	private void allocateBudgets(Places places, PulihUser manager, LocalDate today) {
		UUID office = places.healthOffice().id();
		int year = today.getYear();
		allocate(year, office, FundingSource.APBD, BudgetLine.SYRINGES, 60_000_000L, manager);
		allocate(year, office, FundingSource.APBD, BudgetLine.HIV_TESTING, 25_000_000L, manager);
		allocate(year, office, FundingSource.APBN, BudgetLine.HIV_TESTING, 20_000_000L, manager);
		allocate(year, office, FundingSource.APBD, BudgetLine.CONDOMS, 20_000_000L, manager);
		allocate(year, office, FundingSource.APBD, BudgetLine.STI_PREVENTION, 4_000_000L, manager);
		allocate(year, office, FundingSource.APBN, BudgetLine.STI_PREVENTION, 6_000_000L, manager);
		allocate(year, office, FundingSource.APBD, BudgetLine.KIE, 15_000_000L, manager);
		allocate(year, office, FundingSource.APBN, BudgetLine.TB, 12_000_000L, manager);
		this.budgets.recordCost(new NewCost(null, office, today.minusDays(45), FundingSource.APBD, BudgetLine.KIE,
				7_500_000L, "Cetak leaflet KIE penyuntikan aman (5.000 lembar)"), manager);
	}

	private void allocate(int year, UUID office, FundingSource source, BudgetLine line, long amount, PulihUser by) {
		this.budgets.setAllocation(new SetAllocation(year, office, source, line, amount, null, null), by);
	}

}
