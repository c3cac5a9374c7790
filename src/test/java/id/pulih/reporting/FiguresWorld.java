package id.pulih.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.activity.Activities;
import id.pulih.activity.Activity;
import id.pulih.activity.Audience;
import id.pulih.activity.MappingMethod;
import id.pulih.activity.NewActivity;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.harmreduction.AgeBand;
import id.pulih.harmreduction.HarmReductionVisits;
import id.pulih.harmreduction.NewVisit;
import id.pulih.harmreduction.OstCourses;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.Enrolment;
import id.pulih.recovery.NewEnrolment;
import id.pulih.recovery.Outcome;
import id.pulih.recovery.OutcomeCommand;
import id.pulih.recovery.Pathways;
import id.pulih.reporting.FiguresDataSet.Act;
import id.pulih.reporting.FiguresDataSet.Agent;
import id.pulih.reporting.FiguresDataSet.Course;
import id.pulih.reporting.FiguresDataSet.Estimate;
import id.pulih.reporting.FiguresDataSet.Facility;
import id.pulih.reporting.FiguresDataSet.Pathway;
import id.pulih.reporting.FiguresDataSet.Unit;
import id.pulih.reporting.estimate.PopulationEstimates;
import id.pulih.reporting.estimate.SetEstimate;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockLedger;
import id.pulih.support.TestUsers;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

/**
 * Records {@link FiguresDataSet} through the services the pages use, as the people who
 * would record it: organisations and yearly statuses, people (deactivated from their last
 * day), community activities by the BNNP's rehabilitation officer, clients and pathways
 * by each unit's agent or chair, stock, visits, methadone stops and voids by each
 * Puskesmas's health worker, and the population estimate by the province's programme
 * manager. Codes and usernames carry a random suffix; the figures do not depend on them.
 */
final class FiguresWorld {

	static final String PASSWORD = "Rahasia-2026-ok";

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

	/** A programme manager of Kalimantan Utara: sees the data set's exact figures. */
	final PulihUser manager;

	/**
	 * A programme manager of Papua Pegunungan: sees Kalimantan Utara only as published.
	 */
	final PulihUser outsider;

	/** The unit of Papua Pegunungan whose agent stopped on 1 January 2024. */
	final UUID boundaryUnit;

	final Map<String, UUID> units = new HashMap<>();

	final Map<String, UUID> facilities = new HashMap<>();

	private final Organisations organisations;

	private final Workforce workforce;

	private final AccessManagement access;

	private final TestUsers users;

	private final Scope national = Scope.national();

	private final Map<String, UUID> offices = new HashMap<>();

	FiguresWorld(Organisations organisations, Workforce workforce, AccessManagement access, TestUsers users,
			Activities activities, ClientRegistry clients, Pathways pathways, HarmReductionVisits visits,
			OstCourses courses, StockLedger ledger, PopulationEstimates estimates) {
		this.organisations = organisations;
		this.workforce = workforce;
		this.access = access;
		this.users = users;
		UUID bnn = register("BNN", "BNN Uji Laporan", OrganisationType.BNN, null, null, null);
		UUID bnnp = register("BNNP-65", "BNNP Kalimantan Utara", OrganisationType.BNNP, bnn, FiguresDataSet.PROVINCE,
				null);
		this.offices.put(FiguresDataSet.BULUNGAN,
				register("BNNK-6501", "BNNK Bulungan", OrganisationType.BNNK, bnnp, FiguresDataSet.BULUNGAN, null));
		this.offices.put(FiguresDataSet.TARAKAN,
				register("BNNK-6571", "BNNK Tarakan", OrganisationType.BNNK, bnnp, FiguresDataSet.TARAKAN, null));
		for (Unit unit : FiguresDataSet.UNITS) {
			UUID office = this.offices.get(unit.regency());
			UUID id = register("IBM-" + unit.key(), "IBM " + unit.key(), OrganisationType.IBM_UNIT, office,
					unit.village(), unit.formedOn());
			this.units.put(unit.key(), id);
			unit.statuses()
				.forEach((year, status) -> organisations.recordYearStatus(id, year, status, office, this.national));
		}
		UUID dinkes = register("DINKES-65", "Dinas Kesehatan Kalimantan Utara", OrganisationType.DINKES_PROVINCE, null,
				FiguresDataSet.PROVINCE, null);
		for (Facility facility : FiguresDataSet.FACILITIES) {
			String regency = facility.area().substring(0, 5);
			UUID regencyOffice = register("DINKES-" + facility.key(), "Dinas Kesehatan " + regency,
					OrganisationType.DINKES_REGENCY, dinkes, regency, null);
			this.facilities.put(facility.key(), register(facility.key(), "Puskesmas " + facility.key(),
					OrganisationType.PUSKESMAS, regencyOffice, facility.area(), null));
		}

		Map<String, PulihUser> unitUsers = new HashMap<>();
		for (Agent agent : FiguresDataSet.AGENTS) {
			UUID person = person(agent, this.units.get(agent.unit()));
			if (agent.signsIn()) {
				Role role = (agent.role() == PersonRole.UNIT_CHAIR) ? Role.UNIT_CHAIR : Role.RECOVERY_AGENT;
				unitUsers.put(agent.unit(), user(agent.key(), role, this.units.get(agent.unit()), person));
			}
		}
		UUID rehabPerson = workforce
			.register(
					new NewPerson(null, "Petugas Rehabilitasi " + this.suffix, Sex.FEMALE,
							PersonRole.REHABILITATION_OFFICER, bnnp, null, FiguresDataSet.date(2021, 1, 4)),
					this.national)
			.id();
		PulihUser rehab = user("rehab", Role.REHABILITATION_OFFICER, bnnp, rehabPerson);
		Map<String, PulihUser> nurses = new HashMap<>();
		for (Facility facility : FiguresDataSet.FACILITIES) {
			UUID id = this.facilities.get(facility.key());
			UUID nursePerson = workforce
				.register(new NewPerson(null, "Perawat " + facility.key() + " " + this.suffix, Sex.FEMALE,
						PersonRole.HEALTH_WORKER, id, null, FiguresDataSet.date(2021, 1, 4)), this.national)
				.id();
			nurses.put(facility.key(), user("nakes." + facility.key(), Role.HEALTH_WORKER, id, nursePerson));
		}
		this.manager = areaManager("manager", FiguresDataSet.PROVINCE);
		this.outsider = areaManager("outsider", FiguresDataSet.OTHER_PROVINCE);

		for (Estimate estimate : FiguresDataSet.ESTIMATES) {
			estimates.set(this.manager, new SetEstimate(estimate.area(), estimate.year(), estimate.pwid(),
					estimate.opioidPwid(), estimate.pwidHiv(), "Estimasi uji", null));
		}
		recordActivities(activities, rehab);
		recordPathways(clients, pathways, unitUsers);
		recordVisits(clients, visits, courses, ledger, nurses);

		UUID bnnpOther = register("BNNP-95", "BNNP Papua Pegunungan", OrganisationType.BNNP, bnn,
				FiguresDataSet.OTHER_PROVINCE, null);
		UUID bnnkOther = register("BNNK-9501", "BNNK Jayawijaya", OrganisationType.BNNK, bnnpOther, "95.01", null);
		this.boundaryUnit = register("IBM-UB", "IBM Wamena Kota", OrganisationType.IBM_UNIT, bnnkOther,
				FiguresDataSet.BOUNDARY_VILLAGE, FiguresDataSet.date(2023, 2, 1));
		for (Agent agent : FiguresDataSet.BOUNDARY_AGENTS) {
			person(agent, this.boundaryUnit);
		}
		UUID otherRehabPerson = workforce
			.register(
					new NewPerson(null, "Petugas Rehabilitasi 95 " + this.suffix, Sex.MALE,
							PersonRole.REHABILITATION_OFFICER, bnnpOther, null, FiguresDataSet.date(2021, 1, 4)),
					this.national)
			.id();
		PulihUser otherRehab = user("rehab95", Role.REHABILITATION_OFFICER, bnnpOther, otherRehabPerson);
		Act office = FiguresDataSet.OFFICE_ACTIVITY;
		activities.record(NewActivity.socialization(bnnpOther, office.heldOn(), FiguresDataSet.BOUNDARY_VILLAGE,
				Audience.COMMUNITY, office.people()), otherRehab);
	}

	private void recordActivities(Activities activities, PulihUser rehab) {
		for (Act act : FiguresDataSet.ACTIVITIES) {
			UUID unit = this.units.get(act.unit());
			String village = FiguresDataSet.unit(act.unit()).village();
			NewActivity command = switch (act.kind()) {
				case SOCIALIZATION ->
					NewActivity.socialization(unit, act.heldOn(), village, Audience.COMMUNITY, act.people());
				case MAPPING -> NewActivity.mapping(unit, act.heldOn(), village, "RT 01 sampai RT 04",
						MappingMethod.INTERVIEW_VILLAGE_HEAD, 1, null);
				case OUTREACH -> NewActivity.outreach(unit, act.heldOn(), village, act.people(), 0, null);
				default -> throw new IllegalArgumentException(act.kind().name());
			};
			Activity recorded = activities.record(command, rehab);
			if (act.voided()) {
				activities.voidActivity(recorded.id(), "Tercatat dua kali", rehab);
			}
		}
	}

	private void recordPathways(ClientRegistry clients, Pathways pathways, Map<String, PulihUser> unitUsers) {
		Map<String, UUID> clientIds = new HashMap<>();
		List<Pathway> inOrder = new ArrayList<>(FiguresDataSet.PATHWAYS);
		inOrder.sort(Comparator.comparing(Pathway::startedOn));
		for (Pathway pathway : inOrder) {
			PulihUser agent = unitUsers.get(pathway.unit());
			Unit unit = FiguresDataSet.unit(pathway.unit());
			UUID client = clientIds.computeIfAbsent(pathway.unit() + "/" + pathway.client(), key -> client(clients,
					agent, unit.village(), ClientSource.AFTERCARE, this.offices.get(unit.regency()), clientIds.size()));
			Enrolment enrolment = pathways.enrol(new NewEnrolment(null, client, null, pathway.startedOn(), null),
					agent);
			if (pathway.endedOn() != null) {
				pathways.finish(enrolment.id(),
						new OutcomeCommand(Outcome.DROPPED_OUT, pathway.endedOn(), "Tidak datang lagi", null, null),
						agent);
			}
		}
	}

	private void recordVisits(ClientRegistry clients, HarmReductionVisits visits, OstCourses courses,
			StockLedger ledger, Map<String, PulihUser> nurses) {
		Map<String, UUID> clientIds = new HashMap<>();
		for (Facility facility : FiguresDataSet.FACILITIES) {
			PulihUser nurse = nurses.get(facility.key());
			UUID id = this.facilities.get(facility.key());
			for (String item : List.of(Commodities.SYRINGE, Commodities.METHADONE, Commodities.HIV_TEST_KIT)) {
				ledger.receive(new NewReceipt(null, id, item, "B-" + item + "-" + this.suffix,
						FiguresDataSet.date(2030, 12, 31), FundingSource.APBD, 100_000L, 0L,
						FiguresDataSet.date(2021, 1, 4)), nurse);
			}
			String village = facility.area() + ".1001";
			for (String client : FiguresDataSet.clientsOf(facility.key())) {
				clientIds.put(facility.key() + "/" + client,
						client(clients, nurse, village, ClientSource.OUTREACH, null, 100 + clientIds.size()));
			}
		}
		for (FiguresDataSet.Visit visit : FiguresDataSet.VISITS) {
			PulihUser nurse = nurses.get(visit.facility());
			UUID client = (visit.client() != null) ? clientIds.get(visit.facility() + "/" + visit.client()) : null;
			NewVisit.Anonymous anonymous = (client == null) ? new NewVisit.Anonymous(Sex.MALE, AgeBand.AGE_30_39)
					: null;
			NewVisit.Nsp nsp = visit.nsp() ? new NewVisit.Nsp(1, visit.needles(), 0, true) : null;
			NewVisit.HivTest hiv = visit.hivTest()
					? new NewVisit.HivTest(true, visit.hivResult() != null, visit.hivResult(), null) : null;
			NewVisit.Arv arv = (visit.onArv() != null)
					? new NewVisit.Arv(visit.onArv(), visit.onArv() ? visit.on().minusDays(5) : null) : null;
			UUID recorded = visits
				.record(new NewVisit(null, client, anonymous, visit.on(), null, null, nsp, null, hiv, arv, null, null,
						null, null, null, null, null), nurse)
				.id();
			if (visit.voided()) {
				visits.voidVisit(recorded, "Salah klien", nurse);
			}
		}
		for (Course course : FiguresDataSet.COURSES) {
			PulihUser nurse = nurses.get(course.facility());
			UUID client = clientIds.get(course.facility() + "/" + course.client());
			for (LocalDate dose : course.doses()) {
				UUID recorded = visits
					.record(new NewVisit(null, client, null, dose, null, null, null,
							new NewVisit.Methadone(FiguresDataSet.DOSE_MG, true, 0), null, null, null, null, null, null,
							null, null, null), nurse)
					.id();
				if (course.onlyDoseVoided()) {
					visits.voidVisit(recorded, "Salah klien", nurse);
				}
			}
			if (course.stoppedOn() != null) {
				courses.stop(client, course.stoppedOn(), "Pindah ke layanan lain", nurse);
			}
		}
	}

	/** A client with facts of its own (a distinct birth date makes a distinct code). */
	private UUID client(ClientRegistry clients, PulihUser by, String village, ClientSource source,
			@Nullable UUID sourceOrganisation, int index) {
		Sex sex = (index % 2 == 0) ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = FiguresDataSet.date(1980, 1, 1).plusDays(41L * index);
		UicFacts facts = new UicFacts("Aminah", "Bahrun", sex, birth);
		return clients
			.register(new NewClient(null, facts, sex, birth, null, village, source, sourceOrganisation,
					FiguresDataSet.date(2021, 7, 1)), by)
			.client()
			.id();
	}

	private UUID person(Agent agent, UUID unit) {
		UUID id = this.workforce
			.register(new NewPerson(null, "Agen " + agent.key() + " " + this.suffix, Sex.MALE, agent.role(), unit, null,
					agent.activeSince()), this.national)
			.id();
		if (agent.inactiveSince() != null) {
			this.workforce.deactivate(id, "Berhenti bertugas", agent.inactiveSince(), this.national);
		}
		return id;
	}

	private UUID register(String code, String name, OrganisationType type, @Nullable UUID parent, @Nullable String area,
			@Nullable LocalDate formedOn) {
		return this.organisations
			.register(new NewOrganisation(null, "TF" + code + "-" + this.suffix, name + " " + this.suffix, type, parent,
					area, formedOn), this.national)
			.id();
	}

	private PulihUser user(String name, Role role, UUID organisation, @Nullable UUID person) {
		String username = "t.figures." + name.toLowerCase(Locale.ROOT) + "." + this.suffix;
		this.access.create(new NewUser(username, "Uji " + name + " " + this.suffix, PASSWORD, role,
				Scope.Kind.ORGANISATION, organisation, null, person), this.national);
		return this.users.load(username);
	}

	private PulihUser areaManager(String name, String area) {
		String username = "t.figures." + name + "." + this.suffix;
		this.access.create(new NewUser(username, "Uji " + name + " " + this.suffix, PASSWORD, Role.PROGRAMME_MANAGER,
				Scope.Kind.AREA, null, area, null), this.national);
		return this.users.load(username);
	}

}
