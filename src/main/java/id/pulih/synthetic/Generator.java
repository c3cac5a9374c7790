package id.pulih.synthetic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.pulih.client.UicBuilder;
import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.AssistResult;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.CustomInstrument;
import id.pulih.instrument.CustomInstruments;
import id.pulih.instrument.CustomScore;
import id.pulih.instrument.Frequency;
import id.pulih.instrument.IbmRoute;
import id.pulih.instrument.InjectionPattern;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.Substance;
import id.pulih.instrument.SubstanceAnswers;
import id.pulih.instrument.SubstanceInvolvement;
import id.pulih.instrument.WhoqolAnswers;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.instrument.WhoqolResult;
import id.pulih.instrument.YesNoWhen;
import id.pulih.organisation.DevelopmentPhase;
import id.pulih.recovery.EntryPoint;
import id.pulih.recovery.Outcome;
import id.pulih.recovery.Schedule;
import id.pulih.recovery.SessionType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the synthetic data set into the database in stages, each written in bulk
 * ({@link Bulk}) and committed in a few large transactions. See {@link SyntheticData} for
 * the rules it applies and how.
 */
final class Generator {

	private static final Logger log = LoggerFactory.getLogger(Generator.class);

	static final String PREFIX = "SYN-";

	static final String AUTHOR = "synthetic";

	static final LocalDate START = LocalDate.of(2019, 1, 1);

	static final LocalDate END = LocalDate.of(2025, 12, 31);

	private static final double[] FORMED_BY_YEAR = { 0.08, 0.10, 0.17, 0.15, 0.24, 0.24, 0.02 };

	private static final String[] AREAS_COVERED = { "RW 01–RW 04", "RW 02–RW 06", "Dusun I dan II", "Kampung Tengah",
			"Sekitar pasar dan terminal" };

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final UicBuilder uic;

	private final CustomInstruments instruments;

	private final long seed;

	private final SyntheticSize size;

	private final List<Stage> stages = new ArrayList<>();

	// What the benchmark logins and the summary need.
	@Nullable Pkm busiestPkm;

	private final List<Unit> units = new ArrayList<>();

	private final List<Pkm> pkms = new ArrayList<>();

	private final Map<String, Org> ipwl = new LinkedHashMap<>();

	private final Map<String, List<Pkm>> pkmsByRegency = new LinkedHashMap<>();

	private @Nullable Places places;

	private @Nullable Facts facts;

	private @Nullable Bulk bulk;

	Generator(DataSource dataSource, UicBuilder uic, CustomInstruments instruments, long seed, SyntheticSize size) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.uic = uic;
		this.instruments = instruments;
		this.seed = seed;
		this.size = size;
	}

	List<Stage> stages() {
		return this.stages;
	}

	/** Runs every stage. */
	void generate() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try (Bulk writer = new Bulk(connection)) {
			this.bulk = writer;
			openTables(writer);
			this.facts = new Facts(this.uic);
			stage("places and organisations", this::organisations);
			stage("workforce", this::workforce);
			stage("IBM clients, screenings, referrals and pathways", this::pathways);
			stage("community activities", this::activities);
			stage("harm reduction clients, visits, services and stock", this::harmReduction);
			stage("unit evaluations", this::evaluations);
		}
	}

	private void stage(String name, Consumer<Bulk> work) {
		Bulk writer = this.bulk;
		Map<String, Long> before = writer.counts();
		long started = System.nanoTime();
		work.accept(writer);
		writer.commit();
		long millis = (System.nanoTime() - started) / 1_000_000;
		Stage stage = new Stage(name, Stage.difference(writer.counts(), before), millis);
		this.stages.add(stage);
		log.info("Synthetic stage '{}': {} rows in {} ms ({} rows/s)", name, stage.total(), millis,
				stage.rowsPerSecond());
	}

	/** Every table, parents first (rows are flushed in this order). */
	private static void openTables(Bulk bulk) {
		bulk.table("organisation", "id", "code", "name", "org_type", "parent_id", "area_code", "province_code", "path",
				"created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("ibm_unit", "organisation_id", "village_code", "formed_on");
		bulk.table("ibm_unit_decree", "id", "organisation_id", "decree_number", "decree_date", "decree_year");
		bulk.table("ibm_unit_funding", "id", "organisation_id", "source", "amount", "funding_year", "note");
		bulk.table("ibm_unit_year_status", "id", "organisation_id", "status_year", "status", "by_org_id");
		bulk.table("ibm_unit_phase", "id", "organisation_id", "phase", "assessed_on", "assessed_by", "note");
		bulk.table("person", "id", "full_name", "sex", "person_role", "organisation_id", "phone", "active_since",
				"inactive_since", "inactive_reason", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("person_appointment", "id", "person_id", "decree_number", "decree_date", "unit_id");
		bulk.table("person_training", "id", "person_id", "topic", "trained_on", "hours", "organiser");
		bulk.table("client", "id", "uic", "sex", "birth_date", "birth_year", "village_code", "province_code", "source",
				"source_organisation_id", "organisation_id", "registered_on", "created_at", "created_by", "updated_at",
				"updated_by", "version");
		bulk.table("recovery_screening", "id", "client_id", "organisation_id", "province_code", "screened_on",
				"screened_by", "instrument_version", "overall_risk", "route", "injection", "injection_pattern",
				"referral_recommended_on", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("recovery_screening_answer", "screening_id", "item_id", "answer");
		bulk.table("recovery_screening_substance", "screening_id", "substance", "score", "risk");
		bulk.table("referral", "id", "client_id", "from_organisation_id", "to_organisation_id", "province_code",
				"screening_id", "service_asked", "reason", "urgency", "shared_items", "state", "sent_on", "due_on",
				"accepted_on", "closed_on", "receiver_client_id", "decline_reason", "feedback", "lost_reason",
				"snapshot_uic", "snapshot_sex", "snapshot_birth_year", "snapshot_village_code", "created_at",
				"created_by", "updated_at", "updated_by", "version");
		bulk.table("referral_state_change", "referral_id", "seq", "from_state", "to_state", "changed_at", "changed_by",
				"note", "note_key");
		bulk.table("recovery_enrolment", "id", "client_id", "open_client_id", "client_uic", "organisation_id",
				"province_code", "agent_id", "screening_id", "entry_point", "started_on", "outcome", "outcome_on",
				"outcome_reason", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("recovery_whoqol", "id", "enrolment_id", "timing", "assessed_on", "assessed_by", "answers",
				"missing_items", "overall_quality", "health_satisfaction", "physical", "psychological", "social",
				"environment");
		bulk.table("recovery_session", "id", "organisation_id", "province_code", "session_type", "held_on", "agent_id",
				"duration_minutes", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("recovery_attendance", "session_id", "enrolment_id");
		bulk.table("activity", "id", "organisation_id", "province_code", "kind", "held_on", "village_code", "led_by",
				"audience", "people_reached", "potential_clients", "areas_covered", "mapping_method", "hot_spots",
				"advocacy_with", "topic", "outcome", "commitment", "commitment_rupiah", "training_hours", "created_at",
				"created_by", "updated_at", "updated_by", "version");
		bulk.table("activity_participant", "activity_id", "person_id");
		bulk.table("hr_ost_course", "id", "client_id", "active_client_id", "organisation_id", "province_code",
				"started_on", "status", "current_dose_mg", "stopped_on", "stop_reason", "created_at", "created_by",
				"updated_at", "updated_by", "version");
		bulk.table("hr_visit", "id", "organisation_id", "province_code", "client_id", "visit_on", "arrival",
				"field_officer_id", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("hr_visit_nsp", "visit_id", "packs_given", "needles_given", "needles_returned", "safe_disposal");
		bulk.table("hr_visit_methadone", "visit_id", "course_id", "dose_mg", "observed", "take_home_doses",
				"covered_until", "missed_days_before");
		bulk.table("hr_visit_hiv_test", "visit_id", "pre_counselling", "post_counselling", "result",
				"linked_to_arv_on");
		bulk.table("hr_visit_arv", "visit_id", "on_treatment", "started_on");
		bulk.table("hr_visit_condoms", "visit_id", "condoms_given", "lubricant_given");
		bulk.table("hr_visit_kie", "visit_id", "topic", "materials_given");
		bulk.table("hr_plhiv", "id", "client_id", "organisation_id", "province_code", "diagnosed_on", "source",
				"visit_id", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("hr_peer_assignment", "id", "client_id", "open_client_id", "organisation_id", "province_code",
				"peer_id", "since", "created_at", "created_by", "updated_at", "updated_by", "version");
		bulk.table("stock_batch", "id", "organisation_id", "province_code", "item_code", "batch_number", "expires_on",
				"funding_source", "received_on", "created_at", "created_by");
		bulk.table("stock_entry", "id", "command_id", "organisation_id", "province_code", "batch_id", "item_code",
				"kind", "quantity", "balance_after", "occurred_on", "reference", "reason", "value_rupiah", "created_at",
				"created_by");
		bulk.table("stock_balance", "batch_id", "organisation_id", "on_hand", "created_at", "created_by", "updated_at",
				"updated_by", "version");
		bulk.table("evaluation_response", "id", "kind", "organisation_id", "province_code", "responded_on",
				"instrument_code", "instrument_version_id", "instrument_version", "respondent_type", "component",
				"score", "category", "phase", "note", "created_at", "created_by");
		bulk.table("evaluation_answer", "response_id", "item_code", "answer_value");
		bulk.table("evaluation_section_score", "response_id", "section_code", "score", "category");
	}

	static OffsetDateTime at(LocalDate date) {
		return date.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * A day between from and to, more likely in later years (the programmes grow year on
	 * year) and with a seasonal wobble.
	 */
	static LocalDate growingDay(LocalDate from, LocalDate to, Seeded random) {
		long days = ChronoUnit.DAYS.between(from, to);
		if (days <= 0) {
			return from;
		}
		while (true) {
			LocalDate day = from.plusDays((long) (random.uniform() * (days + 1)));
			double years = ChronoUnit.DAYS.between(START, day) / 365.25;
			double weight = (1 + 0.22 * years) * (1 + 0.15 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.0));
			if (random.uniform() * (1 + 0.22 * 7) * 1.15 < weight) {
				return day;
			}
		}
	}

	// ---------------------------------------------------------------- organisations

	private Org org(Bulk bulk, Seeded random, String code, String name, String type, @Nullable Org parent,
			@Nullable String area, LocalDate since) {
		UUID id = random.id(since, 0);
		String path = ((parent != null) ? parent.path : "/") + id + "/";
		String province = (area != null) ? area.substring(0, 2) : null;
		bulk.table("organisation")
			.add(id, code, name, type, (parent != null) ? parent.id : null, area, province, path, at(since), AUTHOR,
					at(since), AUTHOR, 0);
		return new Org(id, code, name, path, area, province);
	}

	private void organisations(Bulk bulk) {
		Seeded random = new Seeded(this.seed, "organisations", 0);
		this.places = new Places(this.jdbc, this.size.areaPrefix(), random);
		Places places = this.places;
		Org bnn = this.jdbc.query("SELECT id, path FROM organisation WHERE code = 'BNN-RI'", rs -> rs.next()
				? new Org(rs.getObject(1, UUID.class), "BNN-RI", "BNN", rs.getString(2), null, null) : null);
		LocalDate office = LocalDate.of(2018, 1, 2);
		Map<String, Org> bnnp = new LinkedHashMap<>();
		Map<String, Org> dinkesProvince = new LinkedHashMap<>();
		places.provinceNames.forEach((code, name) -> {
			bnnp.put(code, org(bulk, random, PREFIX + "BNNP-" + code, "BNNP " + name, "BNNP", bnn, code, office));
			dinkesProvince.put(code, org(bulk, random, PREFIX + "DINKES-" + code, "Dinas Kesehatan Provinsi " + name,
					"DINKES_PROVINCE", null, code, office));
		});
		int[] unitsPerRegency = places.allocate(this.size.units(), random);
		int[] pkmPerRegency = places.allocate(this.size.puskesmas(), random);
		int unitNumber = 0;
		int pkmNumber = 0;
		for (int r = 0; r < places.regencies.size(); r++) {
			Places.Regency regency = places.regencies.get(r);
			String short4 = regency.code.replace(".", "");
			Org bnnk = org(bulk, random, PREFIX + "BNNK-" + short4, "BNNK " + regency.name, "BNNK",
					bnnp.get(regency.province), regency.code, office);
			Org dinkes = org(bulk, random, PREFIX + "DINKES-" + short4, "Dinas Kesehatan " + regency.name,
					"DINKES_REGENCY", dinkesProvince.get(regency.province), regency.code, office);
			this.ipwl.put(regency.code, org(bulk, random, PREFIX + "IPWL-" + short4,
					"Klinik Pratama " + regency.name + " (IPWL)", "IPWL", bnnk, regency.code, office));
			boolean[] taken = new boolean[regency.villages.size()];
			int free = taken.length;
			for (int k = 0; k < unitsPerRegency[r] && free > 0; k++) {
				int v;
				do {
					v = random.nextInt(taken.length);
				}
				while (taken[v]);
				taken[v] = true;
				free--;
				String[] village = regency.villages.get(v);
				int year = 2019 + random.weighted(Seeded.cumulative(FORMED_BY_YEAR));
				LocalDate formed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(year == 2025 ? 200 : 360));
				unitNumber++;
				Org o = org(bulk, random, PREFIX + "IBM-" + unitNumber, "IBM Desa " + village[1], "IBM_UNIT", bnnk,
						village[0], formed);
				Unit unit = new Unit(o, regency, bnnk, formed, village[0]);
				this.units.add(unit);
				describeUnit(bulk, unit, random);
			}
			List<Pkm> here = new ArrayList<>();
			for (int k = 0; k < pkmPerRegency[r]; k++) {
				String[] district = regency.districts.get(random.nextInt(regency.districts.size()));
				pkmNumber++;
				Org o = org(bulk, random, PREFIX + "PKM-" + pkmNumber, "Puskesmas " + district[1] + " " + pkmNumber,
						"PUSKESMAS", dinkes, district[0], LocalDate.of(2020, 1, 2));
				Pkm pkm = new Pkm(o, regency, random.chance(0.2));
				this.pkms.add(pkm);
				here.add(pkm);
			}
			this.pkmsByRegency.put(regency.code, here);
		}
	}

	private void describeUnit(Bulk bulk, Unit unit, Seeded random) {
		UUID id = unit.org.id;
		LocalDate formed = unit.formed;
		bulk.table("ibm_unit").add(id, unit.village, formed);
		bulk.table("ibm_unit_decree")
			.add(random.id(formed, 1), id, random.between(1, 400) + "/Kpts/" + formed.getYear(), formed,
					formed.getYear());
		bulk.table("ibm_unit_year_status").add(random.id(formed, 2), id, formed.getYear(), "FORMED", unit.bnnk.id);
		for (int year = formed.getYear() + 1; year <= 2025; year++) {
			if (random.chance(0.6)) {
				LocalDate day = LocalDate.of(year, 2, 1 + random.nextInt(27));
				bulk.table("ibm_unit_year_status").add(random.id(day, 2), id, year, "DEVELOPED", unit.bnnk.id);
				if (random.chance(0.5)) {
					bulk.table("ibm_unit_decree")
						.add(random.id(day, 1), id, "100.3.1.7/" + random.between(1, 99) + "/Kpts/" + year, day, year);
				}
			}
		}
		bulk.table("ibm_unit_phase").add(random.id(formed, 3), id, "PRE_PHASE", formed, AUTHOR, null);
		if (random.chance(0.6)) {
			int year = random.between(formed.getYear(), 2025);
			bulk.table("ibm_unit_funding")
				.add(random.id(LocalDate.of(year, 3, 1), 4), id, "VILLAGE_FUND", 5_000_000L * random.between(1, 6),
						year, "Dana desa");
		}
		if (random.chance(0.1)) {
			bulk.table("ibm_unit_funding")
				.add(random.id(LocalDate.of(2024, 6, 1), 4), id, "CSR", 10_000_000L * random.between(1, 3), 2024,
						"Dukungan CSR perusahaan");
		}
	}

	// ---------------------------------------------------------------- workforce

	private static final String[] FIRST_MALE = { "Asep", "Dadang", "Ujang", "Cecep", "Yayan", "Agus", "Budi", "Hendra",
			"Iwan", "Ade", "Dedi", "Rudi", "Wawan", "Jajang", "Deden", "Made", "Andi", "Rahmat" };

	private static final String[] FIRST_FEMALE = { "Euis", "Neneng", "Siti", "Rina", "Dewi", "Lilis", "Nining", "Yanti",
			"Tati", "Imas", "Rini", "Wulan", "Sri", "Nurul", "Ratna", "Ayu" };

	private static final String[] LAST = { "Suryana", "Hidayat", "Nugraha", "Permana", "Saputra", "Kurniawan",
			"Setiawan", "Rahmawati", "Lestari", "Wijaya", "Gunawan", "Maulana", "Firmansyah", "Sopandi", "Siregar",
			"Pratama", "Wibowo", "Harahap" };

	private UUID person(Bulk bulk, Seeded random, String role, Org org, LocalDate since, boolean mayLeave) {
		boolean female = random.chance(0.4);
		String name = random.pick(female ? FIRST_FEMALE : FIRST_MALE) + " " + random.pick(LAST);
		UUID id = random.id(since, 5);
		LocalDate inactive = null;
		String reason = null;
		if (mayLeave && random.chance(0.1)) {
			inactive = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
			reason = "Pindah domisili";
		}
		// No phone number: a made-up number may be somebody's real one. The draw is kept
		// so
		// that the rest of the data set stays the same for a seed.
		random.nextInt(800_000_000);
		bulk.table("person")
			.add(id, name, female ? "FEMALE" : "MALE", role, org.id, null, since, inactive, reason, at(since), AUTHOR,
					at(since), AUTHOR, 0);
		return id;
	}

	private void workforce(Bulk bulk) {
		double extra = Math.max(0, (double) this.size.agents() / Math.max(1, this.size.units()) - 2);
		int index = 0;
		for (Unit unit : this.units) {
			Seeded random = new Seeded(this.seed, "agents", index++);
			int count = 2 + random.poisson(extra);
			String decree = random.between(1, 400) + "/Kpts/" + unit.formed.getYear();
			for (int i = 0; i < count; i++) {
				UUID id = person(bulk, random, (i == 0) ? "UNIT_CHAIR" : "RECOVERY_AGENT", unit.org, unit.formed,
						i > 0);
				if (i == 0) {
					unit.chair = id;
				}
				else {
					unit.agents.add(id);
				}
				bulk.table("person_appointment").add(random.id(unit.formed, 6), id, decree, unit.formed, unit.org.id);
				bulk.table("person_training")
					.add(random.id(unit.formed.minusDays(20), 6), id, "Pelatihan Agen Pemulihan IBM",
							unit.formed.minusDays(20), BigDecimal.valueOf(24), "BNNK " + unit.regency.name);
			}
		}
		index = 0;
		for (Pkm pkm : this.pkms) {
			Seeded random = new Seeded(this.seed, "staff", index++);
			LocalDate since = LocalDate.of(2020, 1, 2);
			pkm.healthWorker = person(bulk, random, "HEALTH_WORKER", pkm.org, since, false);
			person(bulk, random, "HEALTH_WORKER", pkm.org, since, false);
			pkm.fieldOfficer = person(bulk, random, "FIELD_OFFICER", pkm.org, since, false);
			pkm.peer = person(bulk, random, "PEER_SUPPORT_OFFICER", pkm.org, since, false);
		}
	}

	// ---------------------------------------------------------------- IBM pathways

	private int[] spread(int total, double[] weights, Seeded random) {
		int[] counts = new int[weights.length];
		double[] cumulative = Seeded.cumulative(weights);
		for (int i = 0; i < total; i++) {
			counts[random.weighted(cumulative)]++;
		}
		return counts;
	}

	private void pathways(Bulk bulk) {
		Seeded spread = new Seeded(this.seed, "unit-clients", 0);
		double[] weights = new double[this.units.size()];
		for (int i = 0; i < weights.length; i++) {
			Unit unit = this.units.get(i);
			double years = Math.max(0.2, ChronoUnit.DAYS.between(unit.formed, END) / 365.25);
			weights[i] = years * spread.logNormal(1.0);
		}
		int[] counts = spread(this.size.ibmClients(), weights, spread);
		for (int i = 0; i < this.units.size(); i++) {
			Unit unit = this.units.get(i);
			Seeded random = new Seeded(this.seed, "unit", i);
			for (int k = 0; k < counts[i]; k++) {
				ibmClient(bulk, unit, random);
			}
			if (i % 200 == 199) {
				bulk.commit();
			}
		}
	}

	private UUID agentOf(Unit unit, Seeded random) {
		return unit.agents.get(random.nextInt(unit.agents.size()));
	}

	private void ibmClient(Bulk bulk, Unit unit, Seeded random) {
		LocalDate from = max(unit.formed.plusDays(30), LocalDate.of(2020, 1, 1));
		LocalDate day = growingDay(min(from, END), END, random);
		Facts.Person person = this.facts.draw(unit.org.id, random);
		double s = random.uniform();
		String source = (s < 0.1) ? "AFTERCARE" : (s < 0.25) ? "REFERRAL" : (s < 0.45) ? "SELF_REFERRAL" : "OUTREACH";
		UUID sourceOrg = (s < 0.25) ? this.ipwl.get(unit.regency.code).id : null;
		String village = random.chance(0.75) ? unit.village : unit.regency.nextVillage(random);
		UUID clientId = random.id(day, 10);
		bulk.table("client")
			.add(clientId, person.uic(), person.sex().name(), person.birthDate(), person.birthYear(), village,
					village.substring(0, 2), source, sourceOrg, unit.org.id, day, at(day), AUTHOR, at(day), AUTHOR, 0);
		UUID agent = agentOf(unit, random);
		if ("AFTERCARE".equals(source)) {
			enrol(bulk, unit, clientId, person, null, EntryPoint.AFTERCARE, day, agent, random);
			return;
		}
		double r = random.uniform();
		RiskLevel target = (r < 0.72) ? RiskLevel.LOW : (r < 0.93) ? RiskLevel.MODERATE : RiskLevel.HIGH;
		AssistAnswers answers = assist(target, random);
		AssistResult result = AssistScoring.score(answers);
		UUID screeningId = random.id(day, 11);
		boolean referral = result.ibmRoute() == IbmRoute.REFERRAL;
		bulk.table("recovery_screening")
			.add(screeningId, clientId, unit.org.id, unit.org.province, day, agent, result.version(),
					result.overallRisk().name(), result.ibmRoute().name(),
					(result.injection() != null) ? result.injection().name() : null,
					(result.injectionPattern() != null) ? result.injectionPattern().name() : null,
					referral ? day : null, at(day), AUTHOR, at(day), AUTHOR, 0);
		answers.toForm()
			.forEach((item, answer) -> bulk.table("recovery_screening_answer").add(screeningId, item, answer));
		for (SubstanceInvolvement involvement : result.substances()) {
			bulk.table("recovery_screening_substance")
				.add(screeningId, involvement.substance().name(), involvement.score(), involvement.risk().name());
		}
		if (referral) {
			refer(bulk, unit, clientId, person, village, screeningId, result.overallRisk(), day, random);
		}
		else {
			enrol(bulk, unit, clientId, person, screeningId, EntryPoint.SCREENING, day, agent, random);
		}
	}

	/**
	 * ASSIST answers aimed at a risk level; the stored risk is what the product's scoring
	 * makes of them.
	 */
	private static AssistAnswers assist(RiskLevel target, Seeded random) {
		Substance[] mains = { Substance.AMPHETAMINES, Substance.AMPHETAMINES, Substance.CANNABIS, Substance.OPIOIDS,
				Substance.ALCOHOL, Substance.SEDATIVES };
		Substance main = random.pick(mains);
		AssistAnswers answers = AssistAnswers.neverUsedAnything();
		if (random.chance(0.7)) {
			answers = answers.with(Substance.TOBACCO,
					SubstanceAnswers.usedInPast3Months(Frequency.DAILY_OR_ALMOST_DAILY, Frequency.WEEKLY,
							Frequency.NEVER, null, YesNoWhen.NO_NEVER, YesNoWhen.NO_NEVER));
		}
		SubstanceAnswers use = switch (target) {
			case LOW ->
				random.chance(0.5) ? SubstanceAnswers.notUsedInPast3Months(YesNoWhen.NO_NEVER, YesNoWhen.NO_NEVER)
						: SubstanceAnswers.usedInPast3Months(Frequency.ONCE_OR_TWICE, Frequency.NEVER, Frequency.NEVER,
								Frequency.NEVER, YesNoWhen.NO_NEVER, YesNoWhen.NO_NEVER);
			case MODERATE ->
				SubstanceAnswers.usedInPast3Months(random.chance(0.5) ? Frequency.WEEKLY : Frequency.MONTHLY,
						Frequency.MONTHLY, random.chance(0.5) ? Frequency.ONCE_OR_TWICE : Frequency.NEVER,
						Frequency.NEVER, YesNoWhen.YES_IN_PAST_3_MONTHS, YesNoWhen.NO_NEVER);
			case HIGH -> SubstanceAnswers.usedInPast3Months(Frequency.DAILY_OR_ALMOST_DAILY,
					Frequency.DAILY_OR_ALMOST_DAILY, Frequency.WEEKLY, Frequency.WEEKLY, YesNoWhen.YES_IN_PAST_3_MONTHS,
					YesNoWhen.YES_IN_PAST_3_MONTHS);
		};
		answers = answers.with(main, use);
		if (main == Substance.OPIOIDS && target != RiskLevel.LOW && random.chance(0.5)) {
			return answers.withInjection(YesNoWhen.YES_IN_PAST_3_MONTHS,
					random.chance(0.6) ? InjectionPattern.MORE_THAN_WEEKLY : InjectionPattern.WEEKLY_OR_LESS);
		}
		return answers.withInjection(YesNoWhen.NO_NEVER, null);
	}

	private void refer(Bulk bulk, Unit unit, UUID clientId, Facts.Person person, String village, UUID screeningId,
			RiskLevel risk, LocalDate day, Seeded random) {
		Org to = this.ipwl.get(unit.regency.code);
		List<Pkm> local = this.pkmsByRegency.getOrDefault(unit.regency.code, List.of());
		if (!local.isEmpty() && random.chance(0.3)) {
			to = local.get(random.nextInt(local.size())).org;
		}
		String urgency = (risk == RiskLevel.HIGH) ? "URGENT" : "SOON";
		LocalDate sent = day.plusDays(random.between(0, 3));
		LocalDate due = sent.plusDays((risk == RiskLevel.HIGH) ? 2 : 7);
		String state;
		LocalDate accepted = null;
		LocalDate closed = null;
		UUID receiver = null;
		String declined = null;
		String lost = null;
		String feedback = null;
		double r = random.uniform();
		if (sent.isAfter(END)) {
			sent = null;
			due = null;
			state = "DRAFT";
		}
		else if (due.isAfter(END) || r < 0.05) {
			state = "SENT";
		}
		else if (r < 0.15) {
			state = "DECLINED";
			closed = due;
			declined = "Kapasitas layanan penuh";
		}
		else {
			accepted = sent.plusDays(random.between(0, (risk == RiskLevel.HIGH) ? 2 : 7));
			if (this.facts.register(to.id, person.uic())) {
				receiver = random.id(accepted, 12);
				bulk.table("client")
					.add(receiver, person.uic(), person.sex().name(), person.birthDate(), person.birthYear(), village,
							village.substring(0, 2), "REFERRAL", unit.org.id, to.id, accepted, at(accepted), AUTHOR,
							at(accepted), AUTHOR, 0);
				LocalDate end = accepted.plusDays(random.between(14, 90));
				if (end.isAfter(END)) {
					state = "ACCEPTED";
				}
				else if (r < 0.9) {
					state = "COMPLETED";
					closed = end;
					feedback = "Klien menyelesaikan asesmen dan rawat jalan";
				}
				else {
					state = "LOST_TO_FOLLOW_UP";
					closed = end;
					lost = "Klien tidak datang lagi";
				}
			}
			else {
				state = "DECLINED";
				closed = accepted;
				accepted = null;
				declined = "Klien sudah terdaftar di layanan ini";
			}
		}
		UUID id = random.id(day, 13);
		bulk.table("referral")
			.add(id, clientId, unit.org.id, (sent != null) ? to.id : null, unit.org.province, screeningId,
					"REHABILITATION", "Hasil skrining ASSIST risiko " + (risk == RiskLevel.HIGH ? "tinggi" : "sedang"),
					urgency, "CODE_AND_DEMOGRAPHICS", state, sent, due, accepted, closed, receiver, declined, feedback,
					lost, person.uic(), person.sex().name(), person.birthYear(), village, at(day), AUTHOR,
					at((closed != null) ? closed : day), AUTHOR, 0);
		int seq = 1;
		bulk.table("referral_state_change")
			.add(id, seq++, null, "DRAFT", at(day), AUTHOR, null, "referral.history.fromScreening");
		if (sent != null) {
			bulk.table("referral_state_change").add(id, seq++, "DRAFT", "SENT", at(sent), AUTHOR, null, null);
			if (accepted != null) {
				bulk.table("referral_state_change")
					.add(id, seq++, "SENT", "ACCEPTED", at(accepted), AUTHOR, null, null);
			}
			if ("DECLINED".equals(state)) {
				bulk.table("referral_state_change")
					.add(id, seq++, "SENT", "DECLINED", at(closed), AUTHOR, declined, null);
			}
			else if (closed != null) {
				bulk.table("referral_state_change")
					.add(id, seq++, "ACCEPTED", state, at(closed), AUTHOR, (feedback != null) ? feedback : lost, null);
			}
		}
	}

	private void enrol(Bulk bulk, Unit unit, UUID clientId, Facts.Person person, @Nullable UUID screeningId,
			EntryPoint entry, LocalDate started, UUID agent, Seeded random) {
		Schedule schedule = new Schedule(started, entry);
		LocalDate ends = schedule.endsOn();
		Outcome outcome = null;
		int stopWeek = Schedule.WEEKS;
		if (!ends.isAfter(END)) {
			double r = random.uniform();
			outcome = (r < 0.74) ? Outcome.COMPLETED : (r < 0.88) ? Outcome.DROPPED_OUT : (r < 0.92) ? Outcome.RELAPSED
					: (r < 0.95) ? Outcome.MOVED : (r < 0.99) ? Outcome.REFERRED_OUT : Outcome.DIED;
			if (outcome != Outcome.COMPLETED) {
				stopWeek = random.between(entry.firstWeek() + 1, Schedule.WEEKS - 1);
			}
		}
		UUID id = random.id(started, 14);
		LocalDate outcomeOn = (outcome == null) ? null
				: (outcome == Outcome.COMPLETED) ? ends : schedule.lastDayOf(stopWeek);
		String reason = (outcome == null || outcome == Outcome.COMPLETED) ? null : switch (outcome) {
			case DROPPED_OUT -> "Tidak dapat dihubungi lagi";
			case RELAPSED -> "Kembali menggunakan";
			case MOVED -> "Pindah ke luar desa";
			case REFERRED_OUT -> "Dirujuk ke layanan rehabilitasi";
			default -> "Meninggal dunia";
		};
		bulk.table("recovery_enrolment")
			.add(id, clientId, (outcome == null) ? clientId : null, person.uic(), unit.org.id, unit.org.province, agent,
					screeningId, entry.name(), started, (outcome != null) ? outcome.name() : null, outcomeOn, reason,
					at(started), AUTHOR, at((outcomeOn != null) ? outcomeOn : started), AUTHOR, 0);
		// The schedule: intake and intervention in weeks 2–8, aftercare in weeks 9–16.
		int first = Math.max(2, entry.firstWeek());
		List<Object[]> planned = new ArrayList<>();
		plan(planned, SessionType.KIE, random.between(2, 3), first, Math.max(first, 8), random);
		plan(planned, SessionType.LIFE_SKILLS, random.between(2, 3), first, 12, random);
		plan(planned, SessionType.SELF_VISIT, random.between(2, 4), first, 16, random);
		if (random.chance(0.4)) {
			plan(planned, SessionType.PEER_SUPPORT_GROUP, random.between(1, 3), Math.max(first, 9), 16, random);
		}
		if (random.chance(0.3)) {
			plan(planned, SessionType.FAMILY_SUPPORT, random.between(1, 2), first, 16, random);
		}
		for (Object[] session : planned) {
			int week = (Integer) session[1];
			LocalDate held = schedule.firstDayOf(week).plusDays(random.nextInt(7));
			if (week > stopWeek || held.isAfter(END) || (outcomeOn != null && held.isAfter(outcomeOn))) {
				continue;
			}
			UUID sessionId = random.id(held, 30);
			bulk.table("recovery_session")
				.add(sessionId, unit.org.id, unit.org.province, ((SessionType) session[0]).name(), held, agent,
						random.between(30, 120), at(held), AUTHOR, at(held), AUTHOR, 0);
			bulk.table("recovery_attendance").add(sessionId, id);
		}
		// WHOQOL-BREF at intake and, for a completed pathway, at the end.
		LocalDate intake = schedule.firstDayOf(first);
		double level = 2.6 + 0.5 * random.gaussian();
		if (!intake.isAfter(END) && stopWeek >= first) {
			whoqol(bulk, id, "INTAKE", intake, agent, level, random);
		}
		if (outcome == Outcome.COMPLETED) {
			whoqol(bulk, id, "END", ends, agent, level + 0.3 + 0.1 * random.gaussian(), random);
		}
	}

	private static void plan(List<Object[]> planned, SessionType type, int times, int fromWeek, int toWeek,
			Seeded random) {
		for (int i = 0; i < times; i++) {
			planned.add(new Object[] { type, random.between(fromWeek, Math.max(fromWeek, toWeek)) });
		}
	}

	private void whoqol(Bulk bulk, UUID enrolment, String timing, LocalDate on, UUID agent, double level,
			Seeded random) {
		int[] items = new int[WhoqolAnswers.ITEM_COUNT];
		for (int item = 1; item <= items.length; item++) {
			int value = (int) Math.round(level + 0.7 * random.gaussian());
			value = Math.max(1, Math.min(5, value));
			items[item - 1] = WhoqolBrefScoring.REVERSED.contains(item) ? 6 - value : value;
		}
		WhoqolAnswers answers = WhoqolAnswers.inOrder(items);
		WhoqolResult result = WhoqolBrefScoring.score(answers);
		StringBuilder text = new StringBuilder();
		answers.toForm()
			.forEach((item, answer) -> text.append(text.isEmpty() ? "" : "&").append(item).append('=').append(answer));
		bulk.table("recovery_whoqol")
			.add(random.id(on, 40), enrolment, timing, on, agent, text.toString(), result.missingItems(),
					result.overallQualityOfLife(), result.satisfactionWithHealth(),
					result.domain(WhoqolDomain.PHYSICAL).score(), result.domain(WhoqolDomain.PSYCHOLOGICAL).score(),
					result.domain(WhoqolDomain.SOCIAL).score(), result.domain(WhoqolDomain.ENVIRONMENT).score());
	}

	// ---------------------------------------------------------------- activities

	private static final String[] AUDIENCES = { "COMMUNITY", "FAMILIES", "SCHOOLS", "VILLAGE_OFFICIALS",
			"RELIGIOUS_LEADERS", "YOUTH" };

	private static final String[] METHODS = { "INTERVIEW_VILLAGE_HEAD", "COMMUNITY_MEETING", "OBSERVATION",
			"KEY_INFORMANTS" };

	private void activities(Bulk bulk) {
		int index = 0;
		for (Unit unit : this.units) {
			Seeded random = new Seeded(this.seed, "activities", index++);
			for (int year = unit.formed.getYear(); year <= 2025; year++) {
				activity(bulk, unit, year, "SOCIALIZATION", random.poisson(1.8), random);
				activity(bulk, unit, year, "MAPPING", random.poisson(0.7), random);
				activity(bulk, unit, year, "OUTREACH", random.poisson(1.5), random);
				activity(bulk, unit, year, "ADVOCACY", random.poisson(0.3), random);
				activity(bulk, unit, year, "TRAINING", random.poisson(0.2), random);
			}
		}
	}

	private void activity(Bulk bulk, Unit unit, int year, String kind, int times, Seeded random) {
		for (int i = 0; i < times; i++) {
			LocalDate from = max(unit.formed, LocalDate.of(year, 1, 1));
			LocalDate day = from
				.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, LocalDate.of(year, 12, 31)) + 1));
			if (day.isAfter(END)) {
				continue;
			}
			UUID leader = random.chance(0.3) ? unit.chair : agentOf(unit, random);
			UUID id = random.id(day, 50);
			Object audience = null;
			Object reached = null;
			Object potential = null;
			Object areas = null;
			Object method = null;
			Object hotSpots = null;
			Object with = null;
			Object topic = null;
			Object outcome = null;
			Object commitment = null;
			Object rupiah = null;
			Object hours = null;
			switch (kind) {
				case "SOCIALIZATION" -> {
					audience = random.pick(AUDIENCES);
					reached = random.between(10, 40);
				}
				case "MAPPING" -> {
					areas = random.pick(AREAS_COVERED);
					method = random.pick(METHODS);
					hotSpots = random.between(0, 4);
				}
				case "OUTREACH" -> {
					reached = random.between(1, 8);
					potential = random.between(0, 2);
				}
				case "ADVOCACY" -> {
					with = "Kepala Desa";
					topic = "Dukungan dana desa untuk IBM";
					outcome = "Disepakati";
					commitment = "Dana desa tahun berikutnya";
					rupiah = 5_000_000L * random.between(1, 6);
				}
				default -> {
					topic = "Penguatan kapasitas agen pemulihan";
					hours = BigDecimal.valueOf(random.between(4, 24));
				}
			}
			bulk.table("activity")
				.add(id, unit.org.id, unit.org.province, kind, day, unit.village, leader, audience, reached, potential,
						areas, method, hotSpots, with, topic, outcome, commitment, rupiah, hours, at(day), AUTHOR,
						at(day), AUTHOR, 0);
			bulk.table("activity_participant").add(id, leader);
		}
	}

	// ---------------------------------------------------------------- harm reduction

	private void harmReduction(Bulk bulk) {
		Seeded spread = new Seeded(this.seed, "pkm-clients", 0);
		double[] weights = new double[this.pkms.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = spread.logNormal(1.1);
		}
		int[] counts = spread(this.size.puskesmasClients(), weights, spread);
		double scale = (double) this.size.visits() / Math.max(1, this.size.puskesmasClients()) / 7.0;
		long rows = 0;
		for (int i = 0; i < this.pkms.size(); i++) {
			Pkm pkm = this.pkms.get(i);
			new Facility(this, bulk, pkm, new Seeded(this.seed, "pkm", i), scale).generate(counts[i]);
			if (this.busiestPkm == null || pkm.visits > this.busiestPkm.visits) {
				this.busiestPkm = pkm;
			}
			long now = bulk.counts().values().stream().mapToLong(Long::longValue).sum();
			if (now - rows > 1_000_000) {
				bulk.commit();
				rows = now;
			}
		}
	}

	Facts facts() {
		return this.facts;
	}

	// ---------------------------------------------------------------- evaluations

	private void evaluations(Bulk bulk) {
		CustomInstrument phase = this.instruments.published("IBM_PHASE_CHECKLIST").orElse(null);
		CustomInstrument benefit = this.instruments.published("IBM_BENEFIT_SURVEY").orElse(null);
		CustomInstrument insani = this.instruments.published("INSANI").orElse(null);
		if (phase == null || benefit == null || insani == null) {
			log.warn("Synthetic data: the evaluation instruments are not published; no unit evaluations generated");
			return;
		}
		int index = 0;
		for (Unit unit : this.units) {
			Seeded random = new Seeded(this.seed, "evaluation", index++);
			int lastYear = unit.formed.getYear();
			double maturity = 0.2 * random.gaussian();
			for (int year = unit.formed.getYear() + 1; year <= 2025; year++) {
				maturity += 0.35 + 0.2 * random.gaussian();
				if (!random.chance(0.5)) {
					continue;
				}
				LocalDate on = LocalDate.of(year, 11, random.between(1, 28));
				if (on.isAfter(END)) {
					continue;
				}
				Map<String, Integer> answers = answers(phase, maturity, random);
				CustomScore score = this.instruments.score(phase.id(), answers);
				if (score.overallBand() == null || score.overallBand().category() < 0
						|| score.overallBand().category() >= DevelopmentPhase.values().length) {
					continue;
				}
				DevelopmentPhase reached = DevelopmentPhase.values()[score.overallBand().category()];
				UUID id = response(bulk, "ASSESSMENT", unit, on, phase, null, null, score, reached, answers, random);
				String note = phase.code() + " v" + phase.version() + ": "
						+ ((score.overall() != null) ? score.overall().stripTrailingZeros().toPlainString() : "-");
				bulk.table("ibm_unit_phase").add(random.id(on, 61), unit.org.id, reached.name(), on, AUTHOR, note);
				lastYear = year;
			}
			if (lastYear > unit.formed.getYear() && random.chance(0.4)) {
				LocalDate on = LocalDate.of(lastYear, 12, random.between(1, 20));
				for (int k = 0; k < 3 && !on.isAfter(END); k++) {
					Map<String, Integer> answers = scaled(benefit, 3.3 + 0.5 * random.gaussian(), random);
					response(bulk, "BENEFIT_SURVEY", unit, on, benefit, random
						.pick(new String[] { "COMMUNITY_MEMBER", "FAMILY", "VILLAGE_OFFICIAL", "COMMUNITY_LEADER" }),
							null, this.instruments.score(benefit.id(), answers), null, answers, random);
				}
			}
			if (lastYear >= 2024 && random.chance(0.25)) {
				LocalDate on = LocalDate.of(2024, 10, random.between(1, 28));
				for (CustomInstrument.Section section : insani.sections()) {
					Map<String, Integer> answers = new LinkedHashMap<>();
					double level = 3 + 0.5 * random.gaussian();
					for (CustomInstrument.Item item : section.items()) {
						answers.put(item.code(), clamp(level + 0.6 * random.gaussian(), item.min(), item.max()));
					}
					response(bulk, "INSANI", unit, on, insani,
							random.pick(new String[] { "RECOVERY_AGENT", "REHABILITATION_OFFICER", "CLIENT" }),
							section.code(), this.instruments.score(insani.id(), answers), null, answers, random);
				}
			}
		}
	}

	private static int clamp(double value, int min, int max) {
		return Math.max(min, Math.min(max, (int) Math.round(value)));
	}

	/**
	 * Answers of a unit whose maturity (0 new, about 2 after five years) shows in its
	 * items.
	 */
	private static Map<String, Integer> answers(CustomInstrument instrument, double maturity, Seeded random) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		double share = Math.max(0, Math.min(1, maturity / 2.2));
		for (CustomInstrument.Section section : instrument.sections()) {
			for (CustomInstrument.Item item : section.items()) {
				double value = item.min() + (item.max() - item.min()) * (random.chance(share) ? 1 : 0);
				answers.put(item.code(), clamp(value, item.min(), item.max()));
			}
		}
		return answers;
	}

	private static Map<String, Integer> scaled(CustomInstrument instrument, double level, Seeded random) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (CustomInstrument.Section section : instrument.sections()) {
			for (CustomInstrument.Item item : section.items()) {
				answers.put(item.code(), clamp(level + 0.5 * random.gaussian(), item.min(), item.max()));
			}
		}
		return answers;
	}

	private UUID response(Bulk bulk, String kind, Unit unit, LocalDate on, CustomInstrument instrument,
			@Nullable String respondent, @Nullable String component, CustomScore score,
			@Nullable DevelopmentPhase phase, Map<String, Integer> answers, Seeded random) {
		UUID id = random.id(on, 60);
		Integer category = (score.overallBand() != null) ? score.overallBand().category() : null;
		bulk.table("evaluation_response")
			.add(id, kind, unit.org.id, unit.org.province, on, instrument.code(), instrument.id(), instrument.version(),
					respondent, component, score.overall(), category, (phase != null) ? phase.name() : null, null,
					at(on), AUTHOR);
		answers.forEach((item, value) -> bulk.table("evaluation_answer").add(id, item, value));
		for (CustomScore.SectionScore section : score.sections()) {
			if (section.score() != null) {
				bulk.table("evaluation_section_score")
					.add(id, section.code(), section.score(),
							(section.band() != null) ? section.band().category() : null);
			}
		}
		return id;
	}

	// ---------------------------------------------------------------- model

	/** An organisation written by the generator. */
	record Org(UUID id, String code, String name, String path, @Nullable String area, @Nullable String province) {

	}

	/** An IBM unit with its people and how many pathways are still open. */
	static final class Unit {

		final Org org;

		final Places.Regency regency;

		final Org bnnk;

		final LocalDate formed;

		final String village;

		@Nullable UUID chair;

		final List<UUID> agents = new ArrayList<>();

		Unit(Org org, Places.Regency regency, Org bnnk, LocalDate formed, String village) {
			this.org = org;
			this.regency = regency;
			this.bnnk = bnnk;
			this.formed = formed;
			this.village = village;
		}

	}

	/** A Puskesmas, whether it offers methadone, its staff and its busiest client. */
	static final class Pkm {

		final Org org;

		final Places.Regency regency;

		final boolean methadone;

		@Nullable UUID healthWorker;

		@Nullable UUID fieldOfficer;

		@Nullable UUID peer;

		int clients;

		int visits;

		@Nullable UUID busiestClient;

		int busiestVisits;

		Pkm(Org org, Places.Regency regency, boolean methadone) {
			this.org = org;
			this.regency = regency;
			this.methadone = methadone;
		}

	}

}
