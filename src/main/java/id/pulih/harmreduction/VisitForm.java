package id.pulih.harmreduction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import id.pulih.shared.Ids;
import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * What the visit form posts: one flat field per fact, so the page works as a plain form
 * on any phone. Numbers and dates are kept as typed (text), so a mistake is shown beside
 * its field with what was typed; a checkbox per service says it was given.
 */
public class VisitForm {

	/**
	 * The service's field names (as {@link HarmReductionVisits} names them in rule
	 * violations) and the form's fields that show their errors.
	 */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("anonymous", "who"),
			Map.entry("anonymous.sex", "anonymousSex"), Map.entry("anonymous.ageBand", "anonymousAgeBand"),
			Map.entry("nsp.packsGiven", "nspPacksGiven"), Map.entry("nsp.needlesGiven", "nspNeedlesGiven"),
			Map.entry("nsp.needlesReturned", "nspNeedlesReturned"), Map.entry("methadone.doseMg", "methadoneDoseMg"),
			Map.entry("methadone.takeHomeDoses", "methadoneTakeHomeDoses"),
			Map.entry("methadone.observed", "methadoneObserved"),
			Map.entry("hivTest.postCounselling", "hivPostCounselling"),
			Map.entry("hivTest.linkedToArvOn", "hivLinkedToArvOn"), Map.entry("arv.startedOn", "arvStartedOn"),
			Map.entry("sti.result", "stiResult"), Map.entry("sti.diagnosis", "stiDiagnosis"),
			Map.entry("sti.screened", "stiScreened"), Map.entry("condoms.condomsGiven", "condomsGiven"),
			Map.entry("condoms.lubricantGiven", "lubricantGiven"),
			Map.entry("hepatitis.hepBVaccineDose", "hepBVaccineDose"),
			Map.entry("tb.screeningResult", "tbScreeningResult"), Map.entry("kie.topic", "kieTopic"),
			Map.entry("kie.materialsGiven", "kieMaterialsGiven"),
			Map.entry("counselling.addiction", "counsellingAddiction"),
			Map.entry("counselling.note", "counsellingNote"));

	static final String CLIENT = "CLIENT";

	static final String ANONYMOUS = "ANONYMOUS";

	private String who = CLIENT;

	private @Nullable String clientId;

	private @Nullable String uic;

	private @Nullable String anonymousSex;

	private @Nullable String anonymousAgeBand;

	private @Nullable String visitOn;

	private String arrival = Arrival.WALK_IN.name();

	private @Nullable String fieldOfficerId;

	private boolean nsp;

	private @Nullable String nspPacksGiven;

	private @Nullable String nspNeedlesGiven;

	private @Nullable String nspNeedlesReturned;

	private boolean nspSafeDisposal;

	private boolean methadone;

	private @Nullable String methadoneDoseMg;

	private boolean methadoneObserved = true;

	private @Nullable String methadoneTakeHomeDoses;

	private boolean hivTest;

	private boolean hivPreCounselling;

	private boolean hivPostCounselling;

	private @Nullable String hivResult;

	private @Nullable String hivLinkedToArvOn;

	private boolean arv;

	private boolean arvOnTreatment;

	private @Nullable String arvStartedOn;

	private boolean sti;

	private boolean stiScreened;

	private @Nullable String stiResult;

	private @Nullable String stiDiagnosis;

	private boolean stiTreated;

	private boolean condoms;

	private @Nullable String condomsGiven;

	private @Nullable String lubricantGiven;

	private boolean hepatitis;

	private @Nullable String hepBVaccineDose;

	private @Nullable String hepBTestResult;

	private @Nullable String hepCTestResult;

	private boolean hepCTreatmentStarted;

	private boolean tb;

	private @Nullable String tbScreeningResult;

	private @Nullable String tbGenexpertResult;

	private boolean tbTreatmentGiven;

	private boolean kie;

	private @Nullable String kieTopic;

	private @Nullable String kieMaterialsGiven;

	private boolean counselling;

	private boolean counsellingAddiction;

	private boolean counsellingBehaviourChange;

	private @Nullable String counsellingNote;

	/**
	 * The command the form describes, or null when a field could not be read (each such
	 * field then has its error in {@code errors}).
	 */
	@Nullable NewVisit toCommand(BindingResult errors) {
		Reader read = new Reader(errors);
		UUID client = null;
		NewVisit.Anonymous anonymousContact = null;
		if (ANONYMOUS.equals(this.who)) {
			anonymousContact = new NewVisit.Anonymous(read.choice("anonymousSex", this.anonymousSex, Sex.class),
					read.choice("anonymousAgeBand", this.anonymousAgeBand, AgeBand.class));
		}
		else if (this.clientId != null && !this.clientId.isBlank()) {
			client = Ids.parseOrNull(this.clientId.strip());
			if (client == null) {
				errors.rejectValue("clientId", "harmreduction.error.choice");
			}
		}
		LocalDate date = read.date("visitOn", this.visitOn);
		Arrival how = read.choice("arrival", this.arrival, Arrival.class);
		UUID officer = null;
		if (how == Arrival.OUTREACH && this.fieldOfficerId != null && !this.fieldOfficerId.isBlank()) {
			officer = Ids.parseOrNull(this.fieldOfficerId.strip());
			if (officer == null) {
				errors.rejectValue("fieldOfficerId", "harmreduction.error.choice");
			}
		}
		read.untickedButFilled("nsp", this.nsp, this.nspPacksGiven, this.nspNeedlesGiven, this.nspNeedlesReturned);
		read.untickedButFilled("methadone", this.methadone, this.methadoneDoseMg, this.methadoneTakeHomeDoses);
		read.untickedButFilled("hivTest", this.hivTest, this.hivResult, this.hivLinkedToArvOn);
		read.untickedButFilled("arv", this.arv, this.arvStartedOn);
		read.untickedButFilled("sti", this.sti, this.stiResult, this.stiDiagnosis);
		read.untickedButFilled("condoms", this.condoms, this.condomsGiven, this.lubricantGiven);
		read.untickedButFilled("hepatitis", this.hepatitis, this.hepBVaccineDose, this.hepBTestResult,
				this.hepCTestResult);
		read.untickedButFilled("tb", this.tb, this.tbScreeningResult, this.tbGenexpertResult);
		read.untickedButFilled("kie", this.kie, this.kieTopic, this.kieMaterialsGiven);
		read.untickedButFilled("counselling", this.counselling, this.counsellingNote);
		NewVisit command = new NewVisit(null, client, anonymousContact, date, how, officer,
				this.nsp ? new NewVisit.Nsp(read.number("nspPacksGiven", this.nspPacksGiven),
						read.number("nspNeedlesGiven", this.nspNeedlesGiven),
						read.number("nspNeedlesReturned", this.nspNeedlesReturned), this.nspSafeDisposal) : null,
				this.methadone ? new NewVisit.Methadone(read.number("methadoneDoseMg", this.methadoneDoseMg),
						this.methadoneObserved, read.number("methadoneTakeHomeDoses", this.methadoneTakeHomeDoses))
						: null,
				this.hivTest ? new NewVisit.HivTest(this.hivPreCounselling, this.hivPostCounselling,
						read.choice("hivResult", this.hivResult, TestResult.class),
						read.date("hivLinkedToArvOn", this.hivLinkedToArvOn)) : null,
				this.arv ? new NewVisit.Arv(this.arvOnTreatment, read.date("arvStartedOn", this.arvStartedOn)) : null,
				this.sti ? new NewVisit.Sti(this.stiScreened,
						read.choice("stiResult", this.stiResult, TestResult.class), this.stiDiagnosis, this.stiTreated)
						: null,
				this.condoms ? new NewVisit.Condoms(read.number("condomsGiven", this.condomsGiven),
						read.number("lubricantGiven", this.lubricantGiven)) : null,
				this.hepatitis ? new NewVisit.Hepatitis(read.number("hepBVaccineDose", this.hepBVaccineDose),
						read.choice("hepBTestResult", this.hepBTestResult, TestResult.class),
						read.choice("hepCTestResult", this.hepCTestResult, TestResult.class), this.hepCTreatmentStarted)
						: null,
				this.tb ? new NewVisit.Tb(read.choice("tbScreeningResult", this.tbScreeningResult, TestResult.class),
						read.choice("tbGenexpertResult", this.tbGenexpertResult, GeneXpertResult.class),
						this.tbTreatmentGiven) : null,
				this.kie ? new NewVisit.Kie(this.kieTopic, read.number("kieMaterialsGiven", this.kieMaterialsGiven))
						: null,
				null, this.counselling ? new NewVisit.Counselling(this.counsellingAddiction,
						this.counsellingBehaviourChange, this.counsellingNote) : null);
		return errors.hasErrors() ? null : command;
	}

	/** The form field that shows a rule violation's field, or null for the form's top. */
	static @Nullable String formField(@Nullable String field) {
		if (field == null) {
			return null;
		}
		if (FIELDS.containsKey(field)) {
			return FIELDS.get(field);
		}
		return field.contains(".") ? null : field;
	}

	/** Reads typed text into numbers, dates and choices, putting errors beside fields. */
	private record Reader(BindingResult errors) {

		@Nullable Integer number(String field, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				this.errors.rejectValue(field, "harmreduction.error.number");
				return null;
			}
		}

		@Nullable LocalDate date(String field, @Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				this.errors.rejectValue(field, "harmreduction.error.date");
				return null;
			}
		}

		<E extends Enum<E>> @Nullable E choice(String field, @Nullable String text, Class<E> type) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Enum.valueOf(type, text.strip());
			}
			catch (IllegalArgumentException ex) {
				this.errors.rejectValue(field, "harmreduction.error.choice");
				return null;
			}
		}

		void untickedButFilled(String field, boolean ticked, @Nullable String... values) {
			if (ticked) {
				return;
			}
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					this.errors.rejectValue(field, "harmreduction.error.serviceNotTicked");
					return;
				}
			}
		}

	}

	// Accessors for binding and the template.

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getUic() {
		return this.uic;
	}

	public void setUic(@Nullable String uic) {
		this.uic = uic;
	}

	public @Nullable String getAnonymousSex() {
		return this.anonymousSex;
	}

	public void setAnonymousSex(@Nullable String anonymousSex) {
		this.anonymousSex = anonymousSex;
	}

	public @Nullable String getAnonymousAgeBand() {
		return this.anonymousAgeBand;
	}

	public void setAnonymousAgeBand(@Nullable String anonymousAgeBand) {
		this.anonymousAgeBand = anonymousAgeBand;
	}

	public @Nullable String getVisitOn() {
		return this.visitOn;
	}

	public void setVisitOn(@Nullable String visitOn) {
		this.visitOn = visitOn;
	}

	public String getArrival() {
		return this.arrival;
	}

	public void setArrival(String arrival) {
		this.arrival = arrival;
	}

	public @Nullable String getFieldOfficerId() {
		return this.fieldOfficerId;
	}

	public void setFieldOfficerId(@Nullable String fieldOfficerId) {
		this.fieldOfficerId = fieldOfficerId;
	}

	public boolean isNsp() {
		return this.nsp;
	}

	public void setNsp(boolean nsp) {
		this.nsp = nsp;
	}

	public @Nullable String getNspPacksGiven() {
		return this.nspPacksGiven;
	}

	public void setNspPacksGiven(@Nullable String nspPacksGiven) {
		this.nspPacksGiven = nspPacksGiven;
	}

	public @Nullable String getNspNeedlesGiven() {
		return this.nspNeedlesGiven;
	}

	public void setNspNeedlesGiven(@Nullable String nspNeedlesGiven) {
		this.nspNeedlesGiven = nspNeedlesGiven;
	}

	public @Nullable String getNspNeedlesReturned() {
		return this.nspNeedlesReturned;
	}

	public void setNspNeedlesReturned(@Nullable String nspNeedlesReturned) {
		this.nspNeedlesReturned = nspNeedlesReturned;
	}

	public boolean isNspSafeDisposal() {
		return this.nspSafeDisposal;
	}

	public void setNspSafeDisposal(boolean nspSafeDisposal) {
		this.nspSafeDisposal = nspSafeDisposal;
	}

	public boolean isMethadone() {
		return this.methadone;
	}

	public void setMethadone(boolean methadone) {
		this.methadone = methadone;
	}

	public @Nullable String getMethadoneDoseMg() {
		return this.methadoneDoseMg;
	}

	public void setMethadoneDoseMg(@Nullable String methadoneDoseMg) {
		this.methadoneDoseMg = methadoneDoseMg;
	}

	public boolean isMethadoneObserved() {
		return this.methadoneObserved;
	}

	public void setMethadoneObserved(boolean methadoneObserved) {
		this.methadoneObserved = methadoneObserved;
	}

	public @Nullable String getMethadoneTakeHomeDoses() {
		return this.methadoneTakeHomeDoses;
	}

	public void setMethadoneTakeHomeDoses(@Nullable String methadoneTakeHomeDoses) {
		this.methadoneTakeHomeDoses = methadoneTakeHomeDoses;
	}

	public boolean isHivTest() {
		return this.hivTest;
	}

	public void setHivTest(boolean hivTest) {
		this.hivTest = hivTest;
	}

	public boolean isHivPreCounselling() {
		return this.hivPreCounselling;
	}

	public void setHivPreCounselling(boolean hivPreCounselling) {
		this.hivPreCounselling = hivPreCounselling;
	}

	public boolean isHivPostCounselling() {
		return this.hivPostCounselling;
	}

	public void setHivPostCounselling(boolean hivPostCounselling) {
		this.hivPostCounselling = hivPostCounselling;
	}

	public @Nullable String getHivResult() {
		return this.hivResult;
	}

	public void setHivResult(@Nullable String hivResult) {
		this.hivResult = hivResult;
	}

	public @Nullable String getHivLinkedToArvOn() {
		return this.hivLinkedToArvOn;
	}

	public void setHivLinkedToArvOn(@Nullable String hivLinkedToArvOn) {
		this.hivLinkedToArvOn = hivLinkedToArvOn;
	}

	public boolean isArv() {
		return this.arv;
	}

	public void setArv(boolean arv) {
		this.arv = arv;
	}

	public boolean isArvOnTreatment() {
		return this.arvOnTreatment;
	}

	public void setArvOnTreatment(boolean arvOnTreatment) {
		this.arvOnTreatment = arvOnTreatment;
	}

	public @Nullable String getArvStartedOn() {
		return this.arvStartedOn;
	}

	public void setArvStartedOn(@Nullable String arvStartedOn) {
		this.arvStartedOn = arvStartedOn;
	}

	public boolean isSti() {
		return this.sti;
	}

	public void setSti(boolean sti) {
		this.sti = sti;
	}

	public boolean isStiScreened() {
		return this.stiScreened;
	}

	public void setStiScreened(boolean stiScreened) {
		this.stiScreened = stiScreened;
	}

	public @Nullable String getStiResult() {
		return this.stiResult;
	}

	public void setStiResult(@Nullable String stiResult) {
		this.stiResult = stiResult;
	}

	public @Nullable String getStiDiagnosis() {
		return this.stiDiagnosis;
	}

	public void setStiDiagnosis(@Nullable String stiDiagnosis) {
		this.stiDiagnosis = stiDiagnosis;
	}

	public boolean isStiTreated() {
		return this.stiTreated;
	}

	public void setStiTreated(boolean stiTreated) {
		this.stiTreated = stiTreated;
	}

	public boolean isCondoms() {
		return this.condoms;
	}

	public void setCondoms(boolean condoms) {
		this.condoms = condoms;
	}

	public @Nullable String getCondomsGiven() {
		return this.condomsGiven;
	}

	public void setCondomsGiven(@Nullable String condomsGiven) {
		this.condomsGiven = condomsGiven;
	}

	public @Nullable String getLubricantGiven() {
		return this.lubricantGiven;
	}

	public void setLubricantGiven(@Nullable String lubricantGiven) {
		this.lubricantGiven = lubricantGiven;
	}

	public boolean isHepatitis() {
		return this.hepatitis;
	}

	public void setHepatitis(boolean hepatitis) {
		this.hepatitis = hepatitis;
	}

	public @Nullable String getHepBVaccineDose() {
		return this.hepBVaccineDose;
	}

	public void setHepBVaccineDose(@Nullable String hepBVaccineDose) {
		this.hepBVaccineDose = hepBVaccineDose;
	}

	public @Nullable String getHepBTestResult() {
		return this.hepBTestResult;
	}

	public void setHepBTestResult(@Nullable String hepBTestResult) {
		this.hepBTestResult = hepBTestResult;
	}

	public @Nullable String getHepCTestResult() {
		return this.hepCTestResult;
	}

	public void setHepCTestResult(@Nullable String hepCTestResult) {
		this.hepCTestResult = hepCTestResult;
	}

	public boolean isHepCTreatmentStarted() {
		return this.hepCTreatmentStarted;
	}

	public void setHepCTreatmentStarted(boolean hepCTreatmentStarted) {
		this.hepCTreatmentStarted = hepCTreatmentStarted;
	}

	public boolean isTb() {
		return this.tb;
	}

	public void setTb(boolean tb) {
		this.tb = tb;
	}

	public @Nullable String getTbScreeningResult() {
		return this.tbScreeningResult;
	}

	public void setTbScreeningResult(@Nullable String tbScreeningResult) {
		this.tbScreeningResult = tbScreeningResult;
	}

	public @Nullable String getTbGenexpertResult() {
		return this.tbGenexpertResult;
	}

	public void setTbGenexpertResult(@Nullable String tbGenexpertResult) {
		this.tbGenexpertResult = tbGenexpertResult;
	}

	public boolean isTbTreatmentGiven() {
		return this.tbTreatmentGiven;
	}

	public void setTbTreatmentGiven(boolean tbTreatmentGiven) {
		this.tbTreatmentGiven = tbTreatmentGiven;
	}

	public boolean isKie() {
		return this.kie;
	}

	public void setKie(boolean kie) {
		this.kie = kie;
	}

	public @Nullable String getKieTopic() {
		return this.kieTopic;
	}

	public void setKieTopic(@Nullable String kieTopic) {
		this.kieTopic = kieTopic;
	}

	public @Nullable String getKieMaterialsGiven() {
		return this.kieMaterialsGiven;
	}

	public void setKieMaterialsGiven(@Nullable String kieMaterialsGiven) {
		this.kieMaterialsGiven = kieMaterialsGiven;
	}

	public boolean isCounselling() {
		return this.counselling;
	}

	public void setCounselling(boolean counselling) {
		this.counselling = counselling;
	}

	public boolean isCounsellingAddiction() {
		return this.counsellingAddiction;
	}

	public void setCounsellingAddiction(boolean counsellingAddiction) {
		this.counsellingAddiction = counsellingAddiction;
	}

	public boolean isCounsellingBehaviourChange() {
		return this.counsellingBehaviourChange;
	}

	public void setCounsellingBehaviourChange(boolean counsellingBehaviourChange) {
		this.counsellingBehaviourChange = counsellingBehaviourChange;
	}

	public @Nullable String getCounsellingNote() {
		return this.counsellingNote;
	}

	public void setCounsellingNote(@Nullable String counsellingNote) {
		this.counsellingNote = counsellingNote;
	}

}
