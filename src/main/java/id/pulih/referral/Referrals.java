package id.pulih.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientsMerged;
import id.pulih.client.Registration;
import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.instrument.RiskLevel;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.ReferralRecommended;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.FieldCipher;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers clients between organisations and follows each referral until it closes (see
 * {@link Referral} for the states).
 * <p>
 * The sender is the organisation of the referred client; a user refers a client of their
 * scope. The receiving organisation sees the referral (and only the snapshot of the
 * client) when one of its users looks at its inbox; it accepts by registering the client
 * as its own ({@link ClientRegistry#registerReferred}), which only a worker of that
 * organisation itself can do. A referral outside both sides of the caller's scope is
 * missing (404), like one that does not exist. The sender's side is fixed when the
 * referral is drafted (the client's organisation then): after the client is merged into a
 * record elsewhere, the referral stays the sender's, and still may not go back to it.
 * <p>
 * What a viewer's role may not read is left out of what they see: an HIV status shared
 * only health workers read, and HIV care asked for shows as
 * {@link ServiceAsked#HEALTH_CARE} to everybody else (in lists, pages and the API alike).
 * <p>
 * Every command runs in one transaction with its audit entry, so a refused command leaves
 * nothing behind. Every view of a referral by the receiving side is audited.
 */
@Service
@Transactional
public class Referrals {

	/**
	 * Roles that refer clients and receive referrals. Peer support officers support the
	 * people living with HIV assigned to them and take no part in referrals; programme
	 * managers and administrators see no client-level data.
	 */
	static final Set<Role> ROLES = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.FIELD_OFFICER,
			Role.HEALTH_WORKER, Role.REHABILITATION_OFFICER);

	/** The kinds of organisation a client may be referred to. */
	static final Set<OrganisationType> RECEIVING_TYPES = EnumSet.of(OrganisationType.PUSKESMAS, OrganisationType.IPWL,
			OrganisationType.CLINIC, OrganisationType.HOSPITAL, OrganisationType.LRIP, OrganisationType.LRKM,
			OrganisationType.IBM_UNIT, OrganisationType.LSM, OrganisationType.BNNK, OrganisationType.BNNP);

	private static final Locale INDONESIAN = Locale.of("id");

	private final ReferralRepository repository;

	private final ReferralQueries queries;

	private final ClientRegistry clients;

	private final Organisations organisations;

	private final Areas areas;

	private final FieldCipher cipher;

	private final ReferralProperties properties;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Referrals(ReferralRepository repository, ReferralQueries queries, ClientRegistry clients,
			Organisations organisations, Areas areas, FieldCipher cipher, ReferralProperties properties,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.clients = clients;
		this.organisations = organisations;
		this.areas = areas;
		this.cipher = cipher;
		this.properties = properties;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Refers a client of the user's scope: keeps a draft, or sends it at once. A retried
	 * command with the same id and content answers the stored referral; other content
	 * under that id is a {@link Conflict}.
	 * @throws RecordNotFound when the client is missing or outside the user's scope
	 * @throws RuleViolation naming the field, e.g. {@code referral.error.self} for a
	 * referral to the client's own organisation
	 */
	public Referral refer(NewReferral command, PulihUser by) {
		requireRole(by);
		Scope scope = by.scope();
		if (command.id() != null) {
			Optional<Referral> stored = this.repository.findById(command.id());
			if (stored.isPresent()) {
				if (this.queries.visibleToSender(command.id(), scope) && sameAs(stored.get(), command, scope)) {
					return stored.get();
				}
				throw new Conflict("id", "referral.error.idTaken");
			}
		}
		if (command.clientId() == null) {
			throw new RuleViolation("clientId", "referral.error.clientRequired");
		}
		Client client = currentClient(command.clientId(), scope);
		LocalDate today = today(by);
		Referral.Content content = check(command.content(), client, client.organisationId(), by, today);
		String province = this.organisations.findUnscoped(client.organisationId())
			.map(Organisation::provinceCode)
			.orElse(client.provinceCode());
		Referral referral = Referral.draft((command.id() != null) ? command.id() : Ids.newId(), client.id(),
				client.organisationId(), province, null, content, demographics(client), by.getUsername(), now(), null);
		if (command.send()) {
			send(referral, command.sentOn(), client, today, by);
		}
		Referral saved = this.repository.save(referral);
		audit(command.send() ? "referral.sent" : "referral.drafted", saved);
		return saved;
	}

	/**
	 * Replaces a draft's content; null fields keep the draft's values. Only a user whose
	 * role reads all the draft says may revise it.
	 */
	public Referral revise(UUID id, ReferralContent changes, PulihUser by) {
		requireRole(by);
		Referral referral = asSender(id, by.scope());
		referral.require(Referral.Action.EDIT);
		requireReadable(referral, by);
		Client client = senderClient(referral);
		referral.revise(check(merge(referral, changes), client, referral.fromOrganisationId(), by, today(by)),
				demographics(client));
		Referral saved = this.repository.save(referral);
		audit("referral.revised", saved);
		return saved;
	}

	/**
	 * Sends a draft, with the changes given (null fields keep the draft's values). The
	 * destination is required; the snapshot is taken now. Only a user whose role reads
	 * all the draft says may send it.
	 * @param sentOn the day it was sent, for referrals recorded afterwards; null for
	 * today
	 */
	public Referral send(UUID id, ReferralContent changes, @Nullable LocalDate sentOn, PulihUser by) {
		requireRole(by);
		Referral referral = asSender(id, by.scope());
		referral.require(Referral.Action.SEND);
		requireReadable(referral, by);
		Client client = senderClient(referral);
		LocalDate today = today(by);
		referral.revise(check(merge(referral, changes), client, referral.fromOrganisationId(), by, today),
				demographics(client));
		send(referral, sentOn, client, today, by);
		Referral saved = this.repository.save(referral);
		audit("referral.sent", saved);
		return saved;
	}

	/** The receiving side acknowledges a sent referral. */
	public Referral receive(UUID id, PulihUser by) {
		requireRole(by);
		Referral referral = asReceiver(id, by.scope());
		referral.receive(by.getUsername(), now());
		return saveAndAudit(referral, "referral.received");
	}

	/**
	 * The receiving organisation takes the client on: the client is registered there (or
	 * the one already registered under that code is used) and linked to the referral.
	 * Only a worker of the receiving organisation itself may accept.
	 * @param acceptedOn null for today
	 */
	public Referral accept(UUID id, @Nullable LocalDate acceptedOn, @Nullable String note, PulihUser by) {
		requireRole(by);
		Referral referral = asReceiver(id, by.scope());
		referral.require(Referral.Action.ACCEPT);
		Scope scope = by.scope();
		if (scope.kind() != Scope.Kind.ORGANISATION
				|| !Objects.equals(scope.organisationId(), referral.toOrganisationId())) {
			throw RuleViolation.of("referral.error.acceptAtReceiver");
		}
		Referral.text(note, "note", Referral.TEXT_MAX);
		LocalDate on = notInFuture(acceptedOn, "acceptedOn", today(by));
		Registration registration = this.clients.registerReferred(referral.clientId(), by);
		referral.accept(registration.client().id(), on, on.plusDays(this.properties.completeDays()), note,
				by.getUsername(), now());
		return saveAndAudit(referral, "referral.accepted");
	}

	/** The receiving side declines, with a reason. */
	public Referral decline(UUID id, @Nullable String reason, PulihUser by) {
		requireRole(by);
		Referral referral = asReceiver(id, by.scope());
		referral.decline(reason, today(by), by.getUsername(), now());
		return saveAndAudit(referral, "referral.declined");
	}

	/**
	 * The receiving side completes an accepted referral, with feedback to the sender.
	 * @param completedOn null for today
	 */
	public Referral complete(UUID id, @Nullable String feedback, @Nullable LocalDate completedOn, PulihUser by) {
		requireRole(by);
		Referral referral = asReceiver(id, by.scope());
		referral.require(Referral.Action.COMPLETE);
		referral.complete(feedback, notInFuture(completedOn, "completedOn", today(by)), by.getUsername(), now());
		return saveAndAudit(referral, "referral.completed");
	}

	/** Either side marks a sent, received or accepted referral lost to follow-up. */
	public Referral loseToFollowUp(UUID id, @Nullable String reason, PulihUser by) {
		requireRole(by);
		Scope scope = by.scope();
		Referral referral = this.repository.findById(id)
			.filter(r -> this.queries.visibleToSender(id, scope) || this.queries.visibleToReceiver(id, scope))
			.orElseThrow(() -> new RecordNotFound("referral"));
		referral.loseToFollowUp(reason, today(by), by.getUsername(), now());
		return saveAndAudit(referral, "referral.lost");
	}

	/** The sender cancels a draft, with a reason. */
	public Referral cancel(UUID id, @Nullable String reason, PulihUser by) {
		requireRole(by);
		Referral referral = asSender(id, by.scope());
		referral.cancel(reason, today(by), by.getUsername(), now());
		return saveAndAudit(referral, "referral.cancelled");
	}

	/**
	 * The referral if the user sees either side of it. Reading it this way is not
	 * audited: show it to people through the pages or the API, which audit the receiver's
	 * views.
	 */
	@Transactional(readOnly = true)
	public Optional<Referral> find(UUID id, PulihUser viewer) {
		if (id == null) {
			return Optional.empty();
		}
		Scope scope = viewer.scope();
		return this.repository.findById(id)
			.filter(r -> this.queries.visibleToSender(id, scope) || this.queries.visibleToReceiver(id, scope));
	}

	/** Today in the user's time zone. */
	public LocalDate today(PulihUser user) {
		ZoneId zone = user.zone();
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * The referral as the viewer may see it (404 outside both sides of their scope). A
	 * view by the receiving side is audited.
	 */
	ReferralView open(UUID id, PulihUser viewer) {
		requireRole(viewer);
		Scope scope = viewer.scope();
		Referral referral = this.repository.findById(id).orElseThrow(() -> new RecordNotFound("referral"));
		boolean sender = this.queries.visibleToSender(id, scope);
		boolean receiver = this.queries.visibleToReceiver(id, scope);
		if (!sender && !receiver) {
			throw new RecordNotFound("referral");
		}
		if (receiver) {
			this.events.publishEvent(new Audited("referral.viewed", "referral", referral.id(),
					referral.state() + " by " + viewer.getUsername()));
		}
		return view(referral, sender, receiver, viewer);
	}

	/**
	 * The plain texts of a draft the sender edits, for its form; only for a user whose
	 * role reads all of it.
	 */
	ReferralContent draftContent(UUID id, PulihUser by) {
		Referral referral = asSender(id, by.scope());
		referral.require(Referral.Action.EDIT);
		requireReadable(referral, by);
		return merge(referral, ReferralContent.unchanged());
	}

	/**
	 * The client a draft or referral is about, for the sender's pages: the referral is
	 * the sender's (404 otherwise) even when the client has since been merged into a
	 * record outside the sender's scope.
	 */
	Client clientOf(Referral referral, PulihUser viewer) {
		return senderClient(asSender(referral.id(), viewer.scope()));
	}

	/**
	 * Whether the viewer may open the sender's client record itself (it may have been
	 * merged into one outside their scope).
	 */
	boolean clientVisible(UUID clientId, PulihUser viewer) {
		return this.clients.find(clientId, viewer.scope()).isPresent();
	}

	List<ReferralQueries.Line> list(ReferralQueries.Box box, PulihUser viewer, @Nullable ReferralState state,
			@Nullable Boolean overdue, int limit) {
		requireRole(viewer);
		return this.queries.list(box, viewer.scope(), viewer.role(), state, overdue, today(viewer), limit);
	}

	/**
	 * Opens a draft referral at the IBM unit when its screening recommends one (moderate
	 * or high risk), in the screening's transaction: urgent for a high risk, soon for a
	 * moderate one, for rehabilitation, with the screening result shared. The unit picks
	 * the destination and sends it. Once per screening.
	 */
	@EventListener
	void on(ReferralRecommended event) {
		if (this.queries.existsForScreening(event.screeningId())) {
			return;
		}
		Optional<Client> found = this.clients.find(event.clientId(), Scope.national());
		Optional<Organisation> unitFound = this.organisations.findUnscoped(event.fromOrganisationId());
		if (found.isEmpty() || unitFound.isEmpty()) {
			return;
		}
		Client client = found.get();
		Organisation unit = unitFound.get();
		Urgency urgency = (event.overallRisk() == RiskLevel.HIGH) ? Urgency.URGENT
				: (event.overallRisk() == RiskLevel.MODERATE) ? Urgency.SOON : Urgency.ROUTINE;
		String screening = this.messages.getMessage("referral.recommended.screening",
				new Object[] { event.recommendedOn().toString(),
						new DefaultMessageSourceResolvable(event.overallRisk().messageKey()) },
				INDONESIAN);
		Referral.Content content = new Referral.Content(null, ServiceAsked.REHABILITATION,
				this.messages.getMessage("referral.recommended.reason",
						new Object[] { new DefaultMessageSourceResolvable(event.overallRisk().messageKey()) },
						INDONESIAN),
				urgency, EnumSet.of(SharedItem.CODE_AND_DEMOGRAPHICS, SharedItem.SCREENING_RESULT), seal(screening),
				null, null, null, null);
		Referral draft = Referral.draft(Ids.newId(), client.id(), unit.id(), unit.provinceCode(), event.screeningId(),
				content, demographics(client), CurrentUser.name(), now(), Referral.FROM_SCREENING);
		audit("referral.drafted", this.repository.save(draft));
	}

	/**
	 * Re-points the merged client's referrals to the survivor, in the merge's
	 * transaction.
	 */
	@EventListener
	void on(ClientsMerged event) {
		this.queries.repoint(event.survivorId(), event.mergedId(), now(), CurrentUser.name());
	}

	private void send(Referral referral, @Nullable LocalDate sentOn, Client client, LocalDate today, PulihUser by) {
		LocalDate on = notInFuture(sentOn, "sentOn", today);
		if (on.isBefore(client.registeredOn())) {
			throw new RuleViolation("sentOn", "referral.error.beforeRegistration");
		}
		referral.send(on, on.plusDays(this.properties.respondDays(referral.urgency())), by.getUsername(), now());
	}

	/**
	 * Checks a referral's content for this client and user, and seals its shared texts.
	 * @param from the sending organisation: the client's for a new referral, the
	 * referral's own for a draft
	 */
	private Referral.Content check(ReferralContent content, Client client, UUID from, PulihUser by, LocalDate today) {
		if (content.service() == null) {
			throw new RuleViolation("service", "referral.error.serviceRequired");
		}
		if (!content.service().allowedFor(by.role())) {
			throw new RuleViolation("service", "referral.error.serviceNotAllowed");
		}
		if (content.urgency() == null) {
			throw new RuleViolation("urgency", "referral.error.urgencyRequired");
		}
		String reason = Referral.text(content.reason(), "reason", Referral.REASON_MAX);
		if (reason == null) {
			throw new RuleViolation("reason", "referral.error.reasonRequired");
		}
		Set<SharedItem> items = items(content.sharedItems());
		String[] texts = new String[SharedItem.values().length];
		for (SharedItem item : items) {
			if (item == SharedItem.CODE_AND_DEMOGRAPHICS) {
				continue;
			}
			if (!item.allowedFor(by.role())) {
				throw new RuleViolation("sharedItems", "referral.error.itemNotAllowed",
						new DefaultMessageSourceResolvable(item.messageKey()));
			}
			String text = Referral.text(content.textOf(item), item.textField(), Referral.TEXT_MAX);
			if (text == null) {
				throw new RuleViolation(item.textField(), "referral.error.sharedTextRequired");
			}
			texts[item.ordinal()] = text;
		}
		if (items.contains(SharedItem.CONTACT_DETAILS) && client.activeConsent(today).isEmpty()) {
			throw new RuleViolation("sharedItems", "referral.error.contactWithoutConsent");
		}
		String note = Referral.text(content.sharedNote(), "sharedNote", Referral.TEXT_MAX);
		if (content.toOrganisationId() != null) {
			destination(content.toOrganisationId(), from);
		}
		return new Referral.Content(content.toOrganisationId(), content.service(), reason, content.urgency(), items,
				seal(texts[SharedItem.SCREENING_RESULT.ordinal()]), seal(texts[SharedItem.HIV_STATUS.ordinal()]),
				seal(texts[SharedItem.TREATMENT_SUMMARY.ordinal()]), seal(texts[SharedItem.CONTACT_DETAILS.ordinal()]),
				seal(note));
	}

	/**
	 * The receiving organisation: an existing, current organisation of a kind that
	 * receives referrals, other than the sender.
	 */
	private Organisation destination(UUID toId, UUID fromId) {
		if (toId.equals(fromId)) {
			throw new RuleViolation("toOrganisationId", "referral.error.self");
		}
		return this.organisations.findUnscoped(toId)
			.filter(org -> !org.isVoided() && RECEIVING_TYPES.contains(org.type()))
			.orElseThrow(() -> new RuleViolation("toOrganisationId", "referral.error.destinationNotFound"));
	}

	/** A draft's content in clear, with the changes laid over it. */
	private ReferralContent merge(Referral draft, ReferralContent changes) {
		Set<SharedItem> items = (changes.sharedItems() != null) ? changes.sharedItems() : draft.sharedItems();
		return new ReferralContent(
				(changes.toOrganisationId() != null) ? changes.toOrganisationId() : draft.toOrganisationId(),
				(changes.service() != null) ? changes.service() : draft.service(),
				(changes.urgency() != null) ? changes.urgency() : draft.urgency(),
				(changes.reason() != null) ? changes.reason() : draft.reason(), items,
				or(changes.screeningResult(), draft.sealedScreening()), or(changes.hivStatus(), draft.sealedHiv()),
				or(changes.treatmentSummary(), draft.sealedTreatment()),
				or(changes.contactDetails(), draft.sealedContact()), or(changes.sharedNote(), draft.sealedNote()));
	}

	private @Nullable String or(@Nullable String given, @Nullable String sealed) {
		return (given != null) ? given : unseal(sealed);
	}

	/** Whether a retried command says what the stored referral says. */
	private boolean sameAs(Referral stored, NewReferral command, Scope scope) {
		try {
			ReferralContent given = command.content();
			UUID client = (command.clientId() != null)
					? this.clients.find(command.clientId(), scope).map(Client::id).orElse(null) : null;
			boolean sent = stored.state() != ReferralState.DRAFT && stored.state() != ReferralState.CANCELLED;
			if (!stored.clientId().equals(client) || command.send() != sent
					|| !Objects.equals(stored.toOrganisationId(), given.toOrganisationId())
					|| stored.service() != given.service() || stored.urgency() != given.urgency()
					|| !stored.reason().equals(Referral.text(given.reason(), "reason", Referral.REASON_MAX))
					|| !stored.sharedItems().equals(items(given.sharedItems()))
					|| !Objects.equals(unseal(stored.sealedNote()),
							Referral.text(given.sharedNote(), "sharedNote", Referral.TEXT_MAX))) {
				return false;
			}
			for (SharedItem item : stored.sharedItems()) {
				if (item != SharedItem.CODE_AND_DEMOGRAPHICS && !Objects.equals(unseal(stored.sealedTextOf(item)),
						Referral.text(given.textOf(item), "text", Referral.TEXT_MAX))) {
					return false;
				}
			}
			return !sent || command.sentOn() == null || command.sentOn().equals(stored.sentOn());
		}
		catch (RuleViolation ex) {
			return false;
		}
	}

	private ReferralView view(Referral referral, boolean sender, boolean receiver, PulihUser viewer) {
		Set<Referral.Action> actions = EnumSet.noneOf(Referral.Action.class);
		Role role = viewer.role();
		if (sender) {
			for (Referral.Action action : List.of(Referral.Action.EDIT, Referral.Action.SEND, Referral.Action.CANCEL,
					Referral.Action.LOSE)) {
				// Revising and sending need to read all the draft says.
				boolean reads = (action != Referral.Action.EDIT && action != Referral.Action.SEND)
						|| referral.readableBy(role);
				if (referral.allows(action) && reads) {
					actions.add(action);
				}
			}
		}
		if (receiver) {
			for (Referral.Action action : List.of(Referral.Action.RECEIVE, Referral.Action.DECLINE,
					Referral.Action.COMPLETE, Referral.Action.LOSE)) {
				if (referral.allows(action)) {
					actions.add(action);
				}
			}
			Scope scope = viewer.scope();
			if (referral.allows(Referral.Action.ACCEPT) && scope.kind() == Scope.Kind.ORGANISATION
					&& Objects.equals(scope.organisationId(), referral.toOrganisationId())) {
				actions.add(Referral.Action.ACCEPT);
			}
		}
		// Items the viewer's role may not read are left out altogether.
		Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
		List<ReferralView.SharedText> texts = new ArrayList<>();
		for (SharedItem item : referral.sharedItems()) {
			if (!item.allowedFor(role)) {
				continue;
			}
			items.add(item);
			if (item != SharedItem.CODE_AND_DEMOGRAPHICS) {
				texts.add(new ReferralView.SharedText(item, unseal(referral.sealedTextOf(item))));
			}
		}
		ReferralView.Snapshot snapshot = new ReferralView.Snapshot(referral.snapshotUic(), referral.snapshotSex(),
				referral.snapshotBirthYear(), referral.snapshotVillageCode(),
				this.areas.find(referral.snapshotVillageCode()).map(Area::label).orElse(null), items, texts,
				unseal(referral.sealedNote()));
		return new ReferralView(referral.id(), referral.state(), referral.urgency(), referral.service().shownTo(role),
				referral.reason(), organisation(referral.fromOrganisationId()),
				(referral.toOrganisationId() != null) ? organisation(referral.toOrganisationId()) : null,
				referral.sentOn(), referral.dueOn(), referral.acceptedOn(), referral.closedOn(),
				referral.isOverdue(today(viewer)), snapshot, referral.declineReason(), referral.feedback(),
				referral.lostReason(), referral.cancelReason(), sender ? referral.clientId() : null,
				receiver ? referral.receiverClientId() : null, sender ? referral.screeningId() : null, sender, receiver,
				actions, referral.history(), referral.version());
	}

	private ReferralView.OrganisationRef organisation(UUID id) {
		return this.organisations.findUnscoped(id)
			.map(org -> new ReferralView.OrganisationRef(org.id(), org.code(), org.name(), org.type()))
			.orElseThrow(() -> new RecordNotFound("organisation"));
	}

	private Referral asSender(UUID id, Scope scope) {
		return this.repository.findById(id)
			.filter(r -> this.queries.visibleToSender(id, scope))
			.orElseThrow(() -> new RecordNotFound("referral"));
	}

	/**
	 * A referral on the receiving side of the scope. The sending side, which sees it too,
	 * is told that only the receiver may do this; anybody else finds nothing.
	 */
	private Referral asReceiver(UUID id, Scope scope) {
		Referral referral = this.repository.findById(id).orElseThrow(() -> new RecordNotFound("referral"));
		if (this.queries.visibleToReceiver(id, scope)) {
			return referral;
		}
		if (this.queries.visibleToSender(id, scope)) {
			throw new RuleViolation("state", "referral.error.receiverOnly");
		}
		throw new RecordNotFound("referral");
	}

	/** A current client inside the scope (a merged one answers its survivor). */
	private Client currentClient(UUID clientId, Scope scope) {
		return current(this.clients.get(clientId, scope));
	}

	/**
	 * The client of a referral the caller already holds as its sender: a merged client
	 * answers its survivor wherever that is registered now.
	 */
	private Client senderClient(Referral referral) {
		return current(this.clients.find(referral.clientId(), Scope.national())
			.orElseThrow(() -> new RecordNotFound("client")));
	}

	private static Client current(Client client) {
		if (client.isVoided()) {
			throw new RuleViolation("clientId", "referral.error.clientVoided");
		}
		return client;
	}

	/**
	 * Refuses to revise or send a draft holding something the user's role may not read
	 * (without saying what it is).
	 */
	private static void requireReadable(Referral referral, PulihUser by) {
		if (!referral.readableBy(by.role())) {
			throw new RuleViolation("state", "referral.error.draftNotReadable");
		}
	}

	private static Referral.Demographics demographics(Client client) {
		return new Referral.Demographics(client.uic(), client.sex(), client.birthYear(), client.villageCode());
	}

	private static Set<SharedItem> items(@Nullable Set<SharedItem> given) {
		Set<SharedItem> items = EnumSet.of(SharedItem.CODE_AND_DEMOGRAPHICS);
		if (given != null) {
			given.stream().filter(Objects::nonNull).forEach(items::add);
		}
		return items;
	}

	private static LocalDate notInFuture(@Nullable LocalDate date, String field, LocalDate today) {
		LocalDate on = (date != null) ? date : today;
		if (on.isAfter(today)) {
			throw new RuleViolation(field, "referral.error.dateInFuture");
		}
		return on;
	}

	private static void requireRole(PulihUser user) {
		if (!ROLES.contains(user.role())) {
			throw new AccessDeniedException("role does not refer clients");
		}
	}

	private Referral saveAndAudit(Referral referral, String action) {
		Referral saved = this.repository.save(referral);
		audit(action, saved);
		return saved;
	}

	private void audit(String action, Referral referral) {
		this.events.publishEvent(new Audited(action, "referral", referral.id(),
				referral.state() + " " + referral.fromOrganisationId() + " -> " + referral.toOrganisationId()));
	}

	private @Nullable String seal(@Nullable String plain) {
		return (plain != null) ? this.cipher.encrypt(plain) : null;
	}

	private @Nullable String unseal(@Nullable String sealed) {
		return (sealed != null) ? this.cipher.decrypt(sealed) : null;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
