package id.pulih.support;

import id.pulih.shared.security.PulihUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs MockMvc requests in as a stored user (normally one of the demo users, see
 * {@code DemoUsers}), fully authenticated with the user's real role and scope.
 */
@Component
public class TestUsers {

	private final UserDetailsService users;

	TestUsers(UserDetailsService users) {
		this.users = users;
	}

	public PulihUser load(String username) {
		return (PulihUser) this.users.loadUserByUsername(username);
	}

	public RequestPostProcessor as(String username) {
		PulihUser user = load(username);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
