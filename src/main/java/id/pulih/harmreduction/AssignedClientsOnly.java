package id.pulih.harmreduction;

import java.util.List;
import java.util.Optional;

import id.pulih.client.ClientVisibility;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;

import org.springframework.stereotype.Component;

/**
 * A peer support officer sees, of their Puskesmas' clients, only those assigned to them
 * (DOMAIN.md, "Who uses it"): the client registry applies this everywhere, so the client
 * list, the client pages and the identity vault all follow it.
 */
@Component
class AssignedClientsOnly implements ClientVisibility {

	@Override
	public Optional<Restriction> restrictionFor(PulihUser user) {
		if (user.role() != Role.PEER_SUPPORT_OFFICER) {
			return Optional.empty();
		}
		if (user.personId() == null) {
			return Optional.of(new Restriction("1 = 0", List.of()));
		}
		return Optional.of(new Restriction("EXISTS (SELECT 1 FROM hr_peer_assignment pa WHERE pa.client_id = c.id"
				+ " AND pa.peer_id = ? AND pa.ended_on IS NULL)", List.of(user.personId())));
	}

}
