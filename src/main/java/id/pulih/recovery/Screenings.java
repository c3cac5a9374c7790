package id.pulih.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens clients with the WHO ASSIST and keeps the screenings. Saving a screening scores
 * it exactly as the scoring API does; a moderate or high overall risk publishes
 * {@link ReferralRecommended} in the same transaction. Reads and writes take the caller's
 * scope, applied in the SQL by joining the screening's unit; a screening outside it is
 * missing (404).
 */
@Service
@Transactional
public class Screenings {

	private final ScreeningRepository repository;

	private final ClientRegistry clients;

	private final Units units;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Screenings(ScreeningRepository repository, ClientRegistry clients, Units units, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.clients = clients;
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Scores and records a screening of a client of the user's unit. A retried command
	 * with the same id and content returns the stored screening; other content under that
	 * id is a {@link Conflict}.
	 * @throws RecordNotFound when the client is missing or outside the user's scope
	 * @throws RuleViolation naming the field for bad answers or dates
	 */
	public Screening screen(NewScreening command, PulihUser by) {
		Scope scope = by.scope();
		if (command.id() != null) {
			Optional<Screening> stored = this.repository.findById(command.id());
			if (stored.isPresent()) {
				if (isVisible(command.id(), scope) && command.clientId() != null && stored.get()
					.sameAs(resolve(command.clientId(), scope), command.screenedOn(), command.answers())) {
					return stored.get();
				}
				throw new Conflict("id", "recovery.error.idTaken");
			}
		}
		if (command.clientId() == null) {
			throw new RuleViolation("clientId", "recovery.error.clientRequired");
		}
		Client client = this.clients.get(command.clientId(), scope);
		Organisation unit = this.units.unitOf(client, scope);
		UUID screenedBy = this.units.person(command.screenedBy(), "screenedBy", by);
		LocalDate today = this.units.today(by);
		Screening screening = Screening.record(command.id(), client.id(), unit.id(), unit.provinceCode(),
				(command.screenedOn() != null) ? command.screenedOn() : today, screenedBy, command.answers(), today);
		Screening saved = this.repository.save(screening);
		this.events.publishEvent(
				new Audited("recovery.screened", "screening", saved.id(), saved.overallRisk() + " " + saved.route()));
		if (saved.referralRecommended()) {
			this.events.publishEvent(new ReferralRecommended(saved.clientId(), saved.id(), saved.overallRisk(),
					saved.organisationId(), saved.screenedOn()));
		}
		return saved;
	}

	@Transactional(readOnly = true)
	public Optional<Screening> find(UUID id, Scope scope) {
		if (id == null || !isVisible(id, scope)) {
			return Optional.empty();
		}
		return this.repository.findById(id);
	}

	/** The screening, or {@link RecordNotFound} when missing or outside the scope. */
	@Transactional(readOnly = true)
	public Screening get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("screening"));
	}

	/** A client's screenings inside the scope, newest first. */
	@Transactional(readOnly = true)
	public List<Screening> ofClient(UUID clientId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		List<UUID> ids = this.jdbc
			.sql("SELECT s.id FROM recovery_screening s JOIN organisation o ON o.id = s.organisation_id "
					+ "WHERE s.client_id = ? AND " + filter.sql()
					+ " ORDER BY s.screened_on DESC, s.created_at DESC, s.id DESC")
			.params(params)
			.query(UUID.class)
			.list();
		return this.repository.findAllById(ids)
			.stream()
			.sorted(Comparator.comparingInt(screening -> ids.indexOf(screening.id())))
			.toList();
	}

	/**
	 * The client's latest screening inside the scope: the one that counts for enrolment.
	 */
	@Transactional(readOnly = true)
	public Optional<Screening> latestOf(UUID clientId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT s.id FROM recovery_screening s JOIN organisation o ON o.id = s.organisation_id "
					+ "WHERE s.client_id = ? AND " + filter.sql()
					+ " ORDER BY s.screened_on DESC, s.created_at DESC, s.id DESC LIMIT 1")
			.params(params)
			.query(UUID.class)
			.optional()
			.flatMap(this.repository::findById);
	}

	private @Nullable UUID resolve(UUID clientId, Scope scope) {
		return this.clients.find(clientId, scope).map(Client::id).orElse(null);
	}

	private boolean isVisible(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM recovery_screening s JOIN organisation o ON o.id = s.organisation_id "
					+ "WHERE s.id = ? AND " + filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

}
