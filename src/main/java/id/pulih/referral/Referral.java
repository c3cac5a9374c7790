package id.pulih.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * A referral of one client from one organisation to another, followed until it closes.
 * <p>
 * <b>Draft.</b> A referral starts as a draft of the sender (the organisation the client
 * belongs to): the service asked, the reason, the urgency, the items to share with their
 * texts, and perhaps already the destination. Only the sender sees a draft; it may be
 * revised, sent or cancelled (with a reason).
 * <p>
 * <b>Sent.</b> Sending needs a destination and fixes the snapshot: the client's code,
 * sex, birth year and village, and the ticked items as the sender wrote them. From then
 * on the receiving organisation sees the referral and the snapshot (never the sender's
 * client record), and the referral is due for an answer by {@link #dueOn()}.
 * <p>
 * <b>Answer.</b> The receiver may acknowledge it (received), then accepts it (the client
 * is registered at the receiving organisation and that record is linked here, due to be
 * completed by a new {@link #dueOn()}) or declines it with a reason. An accepted referral
 * is completed with feedback to the sender. A sent, received or accepted referral may be
 * marked lost to follow-up, with a reason. Declined, completed, lost and cancelled
 * referrals are closed: nothing changes them any more.
 * <p>
 * Every change of state is kept in {@link #history()} with when, by whom and a note (or,
 * for what the application itself did, the message key of a note). A command that its
 * state does not allow is refused with {@code referral.error.transition} and changes
 * nothing.
 * <p>
 * The shared texts are stored sealed (the service encrypts them); this class never sees
 * them in clear.
 */
@Table("referral")
public class Referral {

	/** The longest reason, in characters (Unicode code points). */
	static final int REASON_MAX = 1000;

	/** The longest shared text, note or feedback, in characters (Unicode code points). */
	static final int TEXT_MAX = 2000;

	/** The history note of a draft opened from a screening that recommends a referral. */
	static final String FROM_SCREENING = "referral.history.fromScreening";

	/** What a user may do to a referral, for the transition checks and the pages. */
	enum Action {

		EDIT(EnumSet.of(ReferralState.DRAFT)), SEND(EnumSet.of(ReferralState.DRAFT)),
		CANCEL(EnumSet.of(ReferralState.DRAFT)), RECEIVE(EnumSet.of(ReferralState.SENT)),
		ACCEPT(EnumSet.of(ReferralState.SENT, ReferralState.RECEIVED)),
		DECLINE(EnumSet.of(ReferralState.SENT, ReferralState.RECEIVED)), COMPLETE(EnumSet.of(ReferralState.ACCEPTED)),
		LOSE(ReferralState.OPEN);

		private final Set<ReferralState> from;

		Action(Set<ReferralState> from) {
			this.from = from;
		}

		boolean allowedFrom(ReferralState state) {
			return this.from.contains(state);
		}

		String messageKey() {
			return "referral.action." + name();
		}

	}

	@Id
	private final UUID id;

	private UUID clientId;

	private final UUID fromOrganisationId;

	private @Nullable UUID toOrganisationId;

	private final @Nullable String provinceCode;

	private final @Nullable UUID screeningId;

	private ServiceAsked serviceAsked = ServiceAsked.OTHER;

	private String reason = "";

	private Urgency urgency = Urgency.ROUTINE;

	/** The ticked items, comma-separated. */
	private String sharedItems = SharedItem.CODE_AND_DEMOGRAPHICS.name();

	private ReferralState state = ReferralState.DRAFT;

	private @Nullable LocalDate sentOn;

	private @Nullable LocalDate dueOn;

	private @Nullable LocalDate acceptedOn;

	private @Nullable LocalDate closedOn;

	private @Nullable UUID receiverClientId;

	private @Nullable String declineReason;

	private @Nullable String feedback;

	private @Nullable String lostReason;

	private @Nullable String cancelReason;

	private String snapshotUic = "";

	private Sex snapshotSex = Sex.FEMALE;

	private int snapshotBirthYear;

	private String snapshotVillageCode = "";

	private @Nullable String sharedScreening;

	private @Nullable String sharedHiv;

	private @Nullable String sharedTreatment;

	private @Nullable String sharedContact;

	private @Nullable String sharedNote;

	@MappedCollection(idColumn = "referral_id", keyColumn = "seq")
	private List<StateChange> history = new ArrayList<>();

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
	Referral(UUID id, UUID clientId, UUID fromOrganisationId, @Nullable String provinceCode,
			@Nullable UUID screeningId) {
		this.id = id;
		this.clientId = clientId;
		this.fromOrganisationId = fromOrganisationId;
		this.provinceCode = provinceCode;
		this.screeningId = screeningId;
	}

	/**
	 * Opens a draft. The client, the organisations and the content have been checked by
	 * the caller.
	 * @param noteKey the message key of the history note (such as
	 * {@link #FROM_SCREENING}); null for none
	 */
	static Referral draft(UUID id, UUID clientId, UUID fromOrganisationId, @Nullable String provinceCode,
			@Nullable UUID screeningId, Content content, Demographics demographics, String by, Instant at,
			@Nullable String noteKey) {
		Referral referral = new Referral(id, clientId, fromOrganisationId, provinceCode, screeningId);
		referral.apply(content, demographics);
		referral.history.add(new StateChange(null, ReferralState.DRAFT, at, by, null, noteKey));
		return referral;
	}

	/** Replaces a draft's content (and refreshes the client's demographics). */
	void revise(Content content, Demographics demographics) {
		require(Action.EDIT);
		apply(content, demographics);
	}

	/**
	 * Sends a draft: the destination is required; the snapshot is what the draft holds.
	 * @param dueOn the day an answer is due
	 */
	void send(LocalDate on, LocalDate dueOn, String by, Instant at) {
		require(Action.SEND);
		if (this.toOrganisationId == null) {
			throw new RuleViolation("toOrganisationId", "referral.error.destinationRequired");
		}
		this.sentOn = on;
		this.dueOn = dueOn;
		change(ReferralState.SENT, by, at, null);
	}

	/** The receiving organisation has seen the referral. */
	void receive(String by, Instant at) {
		require(Action.RECEIVE);
		change(ReferralState.RECEIVED, by, at, null);
	}

	/**
	 * The receiving organisation takes the client on, as its own client
	 * {@code receiverClientId}.
	 * @param dueOn the day the referral is due to be completed
	 */
	void accept(UUID receiverClientId, LocalDate on, LocalDate dueOn, @Nullable String note, String by, Instant at) {
		require(Action.ACCEPT);
		checkAnswerDate(on, "acceptedOn");
		this.receiverClientId = receiverClientId;
		this.acceptedOn = on;
		this.dueOn = dueOn;
		change(ReferralState.ACCEPTED, by, at, text(note, "note", TEXT_MAX));
	}

	void decline(@Nullable String reason, LocalDate on, String by, Instant at) {
		require(Action.DECLINE);
		String why = required(reason, "reason", "referral.error.reasonRequired", REASON_MAX);
		checkAnswerDate(on, "declinedOn");
		this.declineReason = why;
		close(ReferralState.DECLINED, on, by, at, why);
	}

	void complete(@Nullable String feedback, LocalDate on, String by, Instant at) {
		require(Action.COMPLETE);
		String text = required(feedback, "feedback", "referral.error.feedbackRequired", TEXT_MAX);
		if (this.acceptedOn != null && on.isBefore(this.acceptedOn)) {
			throw new RuleViolation("completedOn", "referral.error.beforeAccepted");
		}
		this.feedback = text;
		close(ReferralState.COMPLETED, on, by, at, text);
	}

	void loseToFollowUp(@Nullable String reason, LocalDate on, String by, Instant at) {
		require(Action.LOSE);
		String why = required(reason, "reason", "referral.error.reasonRequired", REASON_MAX);
		checkAnswerDate(on, "lostOn");
		this.lostReason = why;
		close(ReferralState.LOST_TO_FOLLOW_UP, on, by, at, why);
	}

	void cancel(@Nullable String reason, LocalDate on, String by, Instant at) {
		require(Action.CANCEL);
		String why = required(reason, "reason", "referral.error.reasonRequired", REASON_MAX);
		this.cancelReason = why;
		close(ReferralState.CANCELLED, on, by, at, why);
	}

	/**
	 * Refuses an action the state does not allow, naming the state and the action.
	 * @throws RuleViolation {@code referral.error.transition} on the field {@code state}
	 */
	void require(Action action) {
		if (!action.allowedFrom(this.state)) {
			throw new RuleViolation("state", "referral.error.transition",
					new DefaultMessageSourceResolvable(this.state.messageKey()),
					new DefaultMessageSourceResolvable(action.messageKey()));
		}
	}

	boolean allows(Action action) {
		return action.allowedFrom(this.state);
	}

	/**
	 * Whether a user in this role may read all of what the referral says: the service
	 * asked and every shared item. Only such a user may revise or send a draft.
	 */
	boolean readableBy(Role role) {
		return this.serviceAsked.allowedFor(role) && sharedItems().stream().allMatch(item -> item.allowedFor(role));
	}

	/** Whether it waits past its due day. */
	public boolean isOverdue(LocalDate today) {
		return this.state.isOpen() && this.dueOn != null && this.dueOn.isBefore(today);
	}

	private void apply(Content content, Demographics demographics) {
		this.toOrganisationId = content.toOrganisationId();
		this.serviceAsked = content.service();
		this.reason = content.reason();
		this.urgency = content.urgency();
		this.sharedItems = content.items().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.sharedScreening = content.screening();
		this.sharedHiv = content.hiv();
		this.sharedTreatment = content.treatment();
		this.sharedContact = content.contact();
		this.sharedNote = content.note();
		this.snapshotUic = demographics.uic();
		this.snapshotSex = demographics.sex();
		this.snapshotBirthYear = demographics.birthYear();
		this.snapshotVillageCode = demographics.villageCode();
	}

	private void checkAnswerDate(LocalDate on, String field) {
		if (this.sentOn != null && on.isBefore(this.sentOn)) {
			throw new RuleViolation(field, "referral.error.beforeSent");
		}
	}

	private void close(ReferralState to, LocalDate on, String by, Instant at, @Nullable String note) {
		this.closedOn = on;
		change(to, by, at, note);
	}

	private void change(ReferralState to, String by, Instant at, @Nullable String note) {
		this.history.add(new StateChange(this.state, to, at, by, note, null));
		this.state = to;
	}

	private static String required(@Nullable String value, String field, String key, int max) {
		String text = text(value, field, max);
		if (text == null) {
			throw new RuleViolation(field, key);
		}
		return text;
	}

	/**
	 * Stripped text, null when blank, refused when longer than {@code max} characters
	 * (Unicode code points, as a person counts them and PostgreSQL limits them: an emoji
	 * is one).
	 */
	static @Nullable String text(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > max) {
			throw new RuleViolation(field, "referral.error.tooLong", max);
		}
		return text;
	}

	public UUID id() {
		return this.id;
	}

	/** The sender's client. */
	public UUID clientId() {
		return this.clientId;
	}

	public UUID fromOrganisationId() {
		return this.fromOrganisationId;
	}

	public @Nullable UUID toOrganisationId() {
		return this.toOrganisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	/** The screening that recommended this referral, for drafts opened from one. */
	public @Nullable UUID screeningId() {
		return this.screeningId;
	}

	public ServiceAsked service() {
		return this.serviceAsked;
	}

	public String reason() {
		return this.reason;
	}

	public Urgency urgency() {
		return this.urgency;
	}

	public Set<SharedItem> sharedItems() {
		Set<SharedItem> items = EnumSet.of(SharedItem.CODE_AND_DEMOGRAPHICS);
		Arrays.stream(this.sharedItems.split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> items.add(SharedItem.valueOf(name)));
		return items;
	}

	public ReferralState state() {
		return this.state;
	}

	public @Nullable LocalDate sentOn() {
		return this.sentOn;
	}

	/** The day an answer (sent, received) or the completion (accepted) is due. */
	public @Nullable LocalDate dueOn() {
		return this.dueOn;
	}

	public @Nullable LocalDate acceptedOn() {
		return this.acceptedOn;
	}

	/** The day it was declined, completed, lost to follow-up or cancelled. */
	public @Nullable LocalDate closedOn() {
		return this.closedOn;
	}

	/** The client as registered at the receiving organisation, once accepted. */
	public @Nullable UUID receiverClientId() {
		return this.receiverClientId;
	}

	public @Nullable String declineReason() {
		return this.declineReason;
	}

	/** The receiver's feedback to the sender, once completed. */
	public @Nullable String feedback() {
		return this.feedback;
	}

	public @Nullable String lostReason() {
		return this.lostReason;
	}

	public @Nullable String cancelReason() {
		return this.cancelReason;
	}

	public String snapshotUic() {
		return this.snapshotUic;
	}

	public Sex snapshotSex() {
		return this.snapshotSex;
	}

	public int snapshotBirthYear() {
		return this.snapshotBirthYear;
	}

	public String snapshotVillageCode() {
		return this.snapshotVillageCode;
	}

	@Nullable String sealedScreening() {
		return this.sharedScreening;
	}

	@Nullable String sealedHiv() {
		return this.sharedHiv;
	}

	@Nullable String sealedTreatment() {
		return this.sharedTreatment;
	}

	@Nullable String sealedContact() {
		return this.sharedContact;
	}

	@Nullable String sealedNote() {
		return this.sharedNote;
	}

	@Nullable String sealedTextOf(SharedItem item) {
		return switch (item) {
			case SCREENING_RESULT -> this.sharedScreening;
			case HIV_STATUS -> this.sharedHiv;
			case TREATMENT_SUMMARY -> this.sharedTreatment;
			case CONTACT_DETAILS -> this.sharedContact;
			case CODE_AND_DEMOGRAPHICS -> null;
		};
	}

	/** Every change of state, oldest first. */
	public List<StateChange> history() {
		return List.copyOf(this.history);
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Referral that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/**
	 * One change of state: from what (null for the draft's creation) to what, when, by
	 * whom (username), with the reason or feedback it carried ({@code note}, as typed) or
	 * a note of the application's own ({@code noteKey}, a message key shown in the
	 * reader's language).
	 */
	@Table("referral_state_change")
	public record StateChange(@Nullable ReferralState fromState, ReferralState toState, Instant changedAt,
			String changedBy, @Nullable String note, @Nullable String noteKey) {

	}

	/**
	 * A referral's checked content, with the shared texts already sealed and only for the
	 * ticked items.
	 */
	record Content(@Nullable UUID toOrganisationId, ServiceAsked service, String reason, Urgency urgency,
			Set<SharedItem> items, @Nullable String screening, @Nullable String hiv, @Nullable String treatment,
			@Nullable String contact, @Nullable String note) {

	}

	/** The client's code and demographics, always shared. */
	record Demographics(String uic, Sex sex, int birthYear, String villageCode) {

	}

}
