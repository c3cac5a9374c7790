package id.pulih.harmreduction;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.web.HomeSection;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who works with harm reduction: health workers (everything at their facility), field
 * officers (visits with the services that are not clinical) and peer support officers
 * (their assigned clients). Not recovery agents, managers or administrators. Health
 * workers and field officers find "Layanan" in the navigation, peer support officers
 * their clients; the home page shows a peer support officer who is due for contact, and a
 * health worker the clients living with HIV who have no peer support officer yet.
 */
@Configuration(proxyBeanMethods = false)
class HarmReductionRoles {

	/** Entries shown on the home page; the full lists are on the module's pages. */
	static final int HOME_SHOWN = 10;

	@Bean
	NavigationItem harmReductionNavigation() {
		return new NavigationItem("nav.harmReduction", "/harm-reduction", 6,
				EnumSet.of(Role.HEALTH_WORKER, Role.FIELD_OFFICER));
	}

	@Bean
	NavigationItem peerSupportNavigation() {
		return new NavigationItem("nav.peerSupport", "/harm-reduction/peer", 6, EnumSet.of(Role.PEER_SUPPORT_OFFICER));
	}

	@Bean
	HomeSection harmReductionHomeSection(PeerSupport peers) {
		return (PulihUser me) -> {
			Map<String, Object> model = new LinkedHashMap<>();
			if (me.role() == Role.PEER_SUPPORT_OFFICER) {
				model.put("due", peers.dueFor(me));
			}
			else if (me.role() == Role.HEALTH_WORKER) {
				// Only what the section shows is read: the limit is in the query.
				model.put("withoutPeer", peers.withoutPeer(me, HOME_SHOWN));
			}
			else {
				return Optional.empty();
			}
			model.put("shown", HOME_SHOWN);
			return Optional.of(new HomeSection.Content(20, "harmreduction/home", model));
		};
	}

}
