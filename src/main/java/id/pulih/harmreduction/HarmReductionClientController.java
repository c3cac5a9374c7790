package id.pulih.harmreduction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's harm reduction page (the methadone course with missed doses, the visits and,
 * for a health worker or the assigned peer support officer, the HIV status, the peer
 * support officer and the contacts) with the forms that change them, and the peer support
 * officer's list of clients. Every view that shows results is audited.
 */
@Controller
class HarmReductionClientController {

	private static final String ASSIGN_FORM = "hrAssignForm";

	private static final String END_FORM = "hrEndForm";

	private static final String CONTACT_FORM = "hrContactForm";

	private static final String REVIEW_FORM = "hrReviewForm";

	private static final String STOP_FORM = "hrStopForm";

	private final HarmReductionClients records;

	private final PeerSupport peers;

	private final OstCourses courses;

	HarmReductionClientController(HarmReductionClients records, PeerSupport peers, OstCourses courses) {
		this.records = records;
		this.peers = peers;
		this.courses = courses;
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/harm-reduction/clients/{clientId}")
	String show(@PathVariable UUID clientId, Model model) {
		return clientPage(clientId, model);
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/harm-reduction/clients/{clientId}/peer-assignment")
	String assign(@PathVariable UUID clientId, @ModelAttribute(ASSIGN_FORM) AssignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		UUID peerId = uuid(form.peerId());
		LocalDate since = date(form.since(), "since", result);
		UUID fromVisit = uuid(form.fromVisit());
		if (!result.hasErrors()) {
			try {
				this.peers.assign(clientId, new PeerSupport.NewAssignment(peerId, since), me);
				redirect.addFlashAttribute("message", "harmreduction.peer.assigned");
				return (fromVisit != null) ? "redirect:/harm-reduction/visits/" + fromVisit
						: "redirect:/harm-reduction/clients/" + clientId;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return clientPage(clientId, model);
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/harm-reduction/clients/{clientId}/peer-assignment/end")
	String endAssignment(@PathVariable UUID clientId, @ModelAttribute(END_FORM) EndForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate on = date(form.endedOn(), "endedOn", result);
		return saved(clientId, result, model, redirect, "harmreduction.peer.ended",
				() -> this.peers.endAssignment(clientId, on, form.endReason(), CurrentUser.get()),
				ex -> renamed(ex, "reason", "endReason"));
	}

	@RolesAllowed(Roles.PEER_SUPPORT_OFFICER)
	@PostMapping("/harm-reduction/clients/{clientId}/contacts")
	String contact(@PathVariable UUID clientId, @ModelAttribute(CONTACT_FORM) ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate on = date(form.contactedOn(), "contactedOn", result);
		LocalDate next = date(form.nextDueOn(), "nextDueOn", result);
		ContactMode mode = choice(form.mode(), "mode", ContactMode.class, result);
		Adherence adherence = choice(form.adherence(), "adherence", Adherence.class, result);
		return saved(clientId, result, model, redirect, "harmreduction.contact.saved",
				() -> this.peers.recordContact(clientId,
						new PeerSupport.NewContact(null, on, mode, adherence, form.note(), next), CurrentUser.get()),
				ex -> ex);
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/harm-reduction/clients/{clientId}/ost/review")
	String review(@PathVariable UUID clientId, @ModelAttribute(REVIEW_FORM) ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate on = date(form.reviewedOn(), "reviewedOn", result);
		Integer dose = number(form.newDoseMg(), "newDoseMg", result);
		return saved(
				clientId, result, model, redirect, "harmreduction.ost.reviewed", () -> this.courses.review(clientId,
						new OstCourses.NewReview(on, form.reviewNote(), dose), CurrentUser.get()),
				ex -> renamed(ex, "note", "reviewNote"));
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/harm-reduction/clients/{clientId}/ost/stop")
	String stop(@PathVariable UUID clientId, @ModelAttribute(STOP_FORM) StopForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate on = date(form.stoppedOn(), "stoppedOn", result);
		return saved(clientId, result, model, redirect, "harmreduction.ost.stopped",
				() -> this.courses.stop(clientId, on, form.stopReason(), CurrentUser.get()),
				ex -> renamed(ex, "reason", "stopReason"));
	}

	/**
	 * Runs a command of the client's page once the form parsed: back to the page with the
	 * message, or the page again with the refusal beside its field (renamed to the form's
	 * field where the command names it otherwise).
	 */
	private String saved(UUID clientId, BindingResult result, Model model, RedirectAttributes redirect, String message,
			Runnable command, UnaryOperator<RuleViolation> field) {
		if (!result.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("message", message);
				return "redirect:/harm-reduction/clients/" + clientId;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, field.apply(ex));
			}
		}
		return clientPage(clientId, model);
	}

	@RolesAllowed(Roles.PEER_SUPPORT_OFFICER)
	@GetMapping("/harm-reduction/peer")
	String peer(Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("clients", this.peers.assignedTo(me));
		return "harmreduction/peer";
	}

	private String clientPage(UUID clientId, Model model) {
		PulihUser me = CurrentUser.get();
		HarmReductionClients.ClientRecord record = this.records.record(clientId, me);
		model.addAttribute("record", record);
		model.addAttribute("client", record.client());
		String today = record.today().toString();
		if (me.role() == Role.HEALTH_WORKER) {
			model.addAttribute("peers", this.peers.peersOf(me));
			addIfAbsent(model, ASSIGN_FORM, new AssignForm(null, today, null));
			addIfAbsent(model, END_FORM, new EndForm(today, null));
			addIfAbsent(model, REVIEW_FORM, new ReviewForm(today, null,
					(record.ost() != null) ? String.valueOf(record.ost().course().currentDoseMg()) : null));
			addIfAbsent(model, STOP_FORM, new StopForm(today, null));
		}
		if (me.role() == Role.PEER_SUPPORT_OFFICER) {
			addIfAbsent(model, CONTACT_FORM, new ContactForm(today, null, null, null, null));
			model.addAttribute("modes", ContactMode.values());
			model.addAttribute("adherences", Adherence.values());
		}
		return "harmreduction/client";
	}

	/** The violation with its field renamed to the form's name for it. */
	private static RuleViolation renamed(RuleViolation ex, String field, String formField) {
		return field.equals(ex.field()) ? new RuleViolation(formField, ex.messageKey(), ex.arguments()) : ex;
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : Ids.parseOrNull(text.strip());
	}

	static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "harmreduction.error.date");
			return null;
		}
	}

	private static @Nullable Integer number(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "harmreduction.error.number");
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(@Nullable String text, String field, Class<E> type,
			BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue(field, "harmreduction.error.choice");
			return null;
		}
	}

	/** What the assignment form posts; {@code fromVisit} to go back to a visit. */
	record AssignForm(@Nullable String peerId, @Nullable String since, @Nullable String fromVisit) {

	}

	record EndForm(@Nullable String endedOn, @Nullable String endReason) {

	}

	record ContactForm(@Nullable String contactedOn, @Nullable String mode, @Nullable String adherence,
			@Nullable String note, @Nullable String nextDueOn) {

	}

	record ReviewForm(@Nullable String reviewedOn, @Nullable String reviewNote, @Nullable String newDoseMg) {

	}

	record StopForm(@Nullable String stoppedOn, @Nullable String stopReason) {

	}

}
