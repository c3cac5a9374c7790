package id.pulih.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person served by one of the programmes, known by a pseudonymous code (UIC), not by
 * name.
 * <p>
 * A client is registered by a worker for the worker's own organisation (an IBM unit, a
 * Puskesmas), which decides who may see the record, with the facts the code was built
 * from: sex, birth date or year, village, and how they came (outreach, by themselves,
 * referred, or for aftercare). Those facts do not change afterwards: a different code is
 * a different client, and two clients that turn out to be one person are merged.
 * <p>
 * Identifying details (name or nickname, NIK, phone, address) are optional. They can only
 * be kept while the client's consent is active; consent is recorded with its purpose,
 * date, the worker who took it and a retention period, and withdrawing it erases the
 * details at once. The details are stored sealed ({@link SealedIdentity}); this class
 * never sees them in clear.
 * <p>
 * When two clients are found to be the same person, one is merged into the other: it
 * keeps every record and its own consents, points to the survivor, and disappears from
 * lists. Nothing here is ever deleted.
 */
@Table("client")
public class Client {

	static final int PURPOSE_MAX = 300;

	static final int REASON_MAX = 500;

	static final int RETENTION_MAX_MONTHS = 120;

	/** The youngest and oldest client the programmes register. */
	static final int MIN_AGE = 10;

	static final int MAX_AGE = 100;

	@Id
	private final UUID id;

	private final String uic;

	private final Sex sex;

	private final @Nullable LocalDate birthDate;

	private final int birthYear;

	private final String villageCode;

	private final String provinceCode;

	private final ClientSource source;

	private final @Nullable UUID sourceOrganisationId;

	private final UUID organisationId;

	private final LocalDate registeredOn;

	private @Nullable UUID mergedInto;

	private @Nullable Instant mergedAt;

	private @Nullable String mergedBy;

	private @Nullable String mergeReason;

	private @Nullable Instant voidedAt;

	private @Nullable String voidReason;

	@MappedCollection(idColumn = "client_id")
	private Set<Consent> consents = new LinkedHashSet<>();

	@MappedCollection(idColumn = "client_id")
	private @Nullable SealedIdentity identity;

	@CreatedDate
	private @Nullable Instant createdAt;

	@CreatedBy
	private @Nullable String createdBy;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	private @Nullable String updatedBy;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Client(UUID id, String uic, Sex sex, @Nullable LocalDate birthDate, int birthYear, String villageCode,
			String provinceCode, ClientSource source, @Nullable UUID sourceOrganisationId, UUID organisationId,
			LocalDate registeredOn) {
		this.id = id;
		this.uic = uic;
		this.sex = sex;
		this.birthDate = birthDate;
		this.birthYear = birthYear;
		this.villageCode = villageCode;
		this.provinceCode = provinceCode;
		this.source = source;
		this.sourceOrganisationId = sourceOrganisationId;
		this.organisationId = organisationId;
		this.registeredOn = registeredOn;
	}

	/**
	 * A new client. The code, village, source organisation and owning organisation have
	 * been checked by the caller; sex, birth and dates are checked here.
	 * @param today the latest date that is not in the future
	 */
	static Client register(@Nullable UUID id, String uic, Sex sex, @Nullable LocalDate birthDate, int birthYear,
			String villageCode, String provinceCode, ClientSource source, @Nullable UUID sourceOrganisationId,
			UUID organisationId, LocalDate registeredOn, LocalDate today) {
		checkBirth(birthDate, birthYear, today);
		checkRegisteredOn(registeredOn, birthYear, today);
		if (source.needsOrganisation() && sourceOrganisationId == null) {
			throw new RuleViolation("sourceOrganisationId", "client.error.sourceOrganisationRequired");
		}
		return new Client((id != null) ? id : Ids.newId(), uic, sex, birthDate, birthYear, villageCode, provinceCode,
				source, source.needsOrganisation() ? sourceOrganisationId : null, organisationId, registeredOn);
	}

	/**
	 * Checks a birth date (when known) or year: not in the future, and the client between
	 * {@value #MIN_AGE} and {@value #MAX_AGE} years old.
	 */
	static void checkBirth(@Nullable LocalDate birthDate, @Nullable Integer birthYear, LocalDate today) {
		int earliest = today.getYear() - MAX_AGE;
		int latest = today.getYear() - MIN_AGE;
		if (birthDate != null) {
			if (birthDate.isAfter(today)) {
				throw new RuleViolation("birthDate", "client.error.birthDateInFuture");
			}
			if (birthDate.getYear() < earliest || birthDate.getYear() > latest) {
				throw new RuleViolation("birthDate", "client.error.birthYearRange", earliest, latest);
			}
			if (birthYear != null && birthYear != birthDate.getYear()) {
				throw new RuleViolation("birthYear", "client.error.birthYearMismatch");
			}
			return;
		}
		if (birthYear == null) {
			throw new RuleViolation("birthYear", "client.error.birthRequired");
		}
		if (birthYear < earliest || birthYear > latest) {
			throw new RuleViolation("birthYear", "client.error.birthYearRange", earliest, latest);
		}
	}

	private static void checkRegisteredOn(LocalDate registeredOn, int birthYear, LocalDate today) {
		if (registeredOn.isAfter(today)) {
			throw new RuleViolation("registeredOn", "client.error.dateInFuture");
		}
		if (registeredOn.getYear() < birthYear + MIN_AGE || registeredOn.getYear() < 2000) {
			throw new RuleViolation("registeredOn", "client.error.registeredTooEarly");
		}
	}

	/**
	 * Records the client's consent to keep identifying details. Only one consent is
	 * active at a time.
	 * @param today the latest date that is not in the future
	 */
	Consent giveConsent(String purpose, LocalDate consentedOn, Integer retentionMonths, String takenBy,
			LocalDate today) {
		requireCurrent();
		String checkedPurpose = (purpose != null) ? purpose.strip() : "";
		if (checkedPurpose.isEmpty()) {
			throw new RuleViolation("purpose", "client.error.purposeRequired");
		}
		if (checkedPurpose.length() > PURPOSE_MAX) {
			throw new RuleViolation("purpose", "client.error.tooLong", PURPOSE_MAX);
		}
		if (consentedOn == null) {
			throw new RuleViolation("consentedOn", "client.error.dateRequired");
		}
		if (consentedOn.isAfter(today)) {
			throw new RuleViolation("consentedOn", "client.error.dateInFuture");
		}
		if (consentedOn.getYear() < this.birthYear + MIN_AGE) {
			throw new RuleViolation("consentedOn", "client.error.consentTooEarly");
		}
		if (retentionMonths == null) {
			throw new RuleViolation("retentionMonths", "client.error.retentionRequired");
		}
		if (retentionMonths < 1 || retentionMonths > RETENTION_MAX_MONTHS) {
			throw new RuleViolation("retentionMonths", "client.error.retentionRange", 1, RETENTION_MAX_MONTHS);
		}
		Consent consent = Consent.given(checkedPurpose, consentedOn, takenBy, retentionMonths);
		if (!consent.isActiveOn(today)) {
			throw new RuleViolation("consentedOn", "client.error.consentAlreadyExpired");
		}
		if (activeConsent(today).isPresent()) {
			throw RuleViolation.of("client.error.consentActive");
		}
		this.consents.add(consent);
		return consent;
	}

	/**
	 * Withdraws the active consent and erases the identifying details it covered.
	 * @return the consent as withdrawn
	 */
	Consent withdrawConsent(String by, LocalDate today) {
		Consent active = activeConsent(today).orElseThrow(() -> RuleViolation.of("client.error.noActiveConsent"));
		Consent withdrawn = active.withdrawn(today, by);
		this.consents.remove(active);
		this.consents.add(withdrawn);
		this.identity = null;
		return withdrawn;
	}

	/**
	 * Keeps (or replaces) the client's identifying details, sealed; only under an active
	 * consent.
	 */
	void recordIdentity(SealedIdentity sealed, LocalDate today) {
		requireCurrent();
		if (activeConsent(today).isEmpty()) {
			throw RuleViolation.of("client.error.identityNeedsConsent");
		}
		this.identity = sealed;
	}

	/**
	 * Erases identifying details whose consent has run out (or was withdrawn).
	 * @return whether there was anything to erase
	 */
	boolean eraseIdentityWithoutConsent(LocalDate today) {
		if (this.identity == null || activeConsent(today).isPresent()) {
			return false;
		}
		this.identity = null;
		return true;
	}

	/** This client is the same person as {@code survivor}, which carries on. */
	void mergeInto(Client survivor, String reason, String by, Instant at) {
		requireCurrent();
		if (survivor.id.equals(this.id)) {
			throw RuleViolation.of("client.error.mergeSelf");
		}
		if (survivor.isMerged() || survivor.isVoided()) {
			throw RuleViolation.of("client.error.merged");
		}
		String checkedReason = (reason != null) ? reason.strip() : "";
		if (checkedReason.isEmpty()) {
			throw new RuleViolation("reason", "client.error.reasonRequired");
		}
		if (checkedReason.length() > REASON_MAX) {
			throw new RuleViolation("reason", "client.error.tooLong", REASON_MAX);
		}
		this.mergedInto = survivor.id;
		this.mergedAt = at;
		this.mergedBy = by;
		this.mergeReason = checkedReason;
	}

	private void requireCurrent() {
		if (isMerged()) {
			throw RuleViolation.of("client.error.merged");
		}
		if (isVoided()) {
			throw RuleViolation.of("client.error.voided");
		}
	}

	/** Whether a registration asks for exactly this client (for a retried request). */
	boolean sameAs(String otherUic, Sex otherSex, @Nullable LocalDate otherBirthDate, int otherBirthYear,
			String otherVillage, ClientSource otherSource, @Nullable UUID otherSourceOrganisation,
			@Nullable LocalDate otherRegisteredOn) {
		return this.uic.equals(otherUic) && this.sex == otherSex && Objects.equals(this.birthDate, otherBirthDate)
				&& this.birthYear == otherBirthYear && this.villageCode.equals(otherVillage)
				&& this.source == otherSource
				&& Objects.equals(this.sourceOrganisationId,
						otherSource.needsOrganisation() ? otherSourceOrganisation : null)
				&& (otherRegisteredOn == null || this.registeredOn.equals(otherRegisteredOn));
	}

	public UUID id() {
		return this.id;
	}

	public String uic() {
		return this.uic;
	}

	public Sex sex() {
		return this.sex;
	}

	/** The whole birth date, or null when only the year is known. */
	public @Nullable LocalDate birthDate() {
		return this.birthDate;
	}

	public int birthYear() {
		return this.birthYear;
	}

	public String villageCode() {
		return this.villageCode;
	}

	public ClientSource source() {
		return this.source;
	}

	/** The referring organisation, for referral and aftercare clients. */
	public @Nullable UUID sourceOrganisationId() {
		return this.sourceOrganisationId;
	}

	/**
	 * The owning organisation: the registering worker's, whose scope decides who sees the
	 * client.
	 */
	public UUID organisationId() {
		return this.organisationId;
	}

	/** The province of the client's village (the distribution key for large tables). */
	public String provinceCode() {
		return this.provinceCode;
	}

	public LocalDate registeredOn() {
		return this.registeredOn;
	}

	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public @Nullable String voidReason() {
		return this.voidReason;
	}

	public boolean isMerged() {
		return this.mergedInto != null;
	}

	/** The client this one was merged into, or null. */
	public @Nullable UUID mergedInto() {
		return this.mergedInto;
	}

	public @Nullable Instant mergedAt() {
		return this.mergedAt;
	}

	public @Nullable String mergeReason() {
		return this.mergeReason;
	}

	@Nullable String mergedBy() {
		return this.mergedBy;
	}

	/** Every consent ever recorded, oldest first. */
	public List<Consent> consents() {
		return this.consents.stream()
			.sorted(Comparator.comparing(Consent::consentedOn).thenComparing(Consent::id))
			.toList();
	}

	/** The consent that holds on that day, if any. */
	public Optional<Consent> activeConsent(LocalDate day) {
		return this.consents.stream().filter(consent -> consent.isActiveOn(day)).findFirst();
	}

	/** Whether identifying details are kept (they are never shown from here). */
	public boolean hasIdentity() {
		return this.identity != null;
	}

	@Nullable SealedIdentity identity() {
		return this.identity;
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Instant updatedAt() {
		return this.updatedAt;
	}

	public @Nullable Integer version() {
		return this.version;
	}

}
