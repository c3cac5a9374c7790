package id.pulih.access;

import id.pulih.support.PulihSpringTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one new session that save the same attribute at the same moment (two
 * tabs opened right after sign-in, each storing its CSRF token): each request has read
 * the session before the other wrote, so both write the attribute as new. The second
 * write replaces the first instead of failing on the attribute's key.
 */
@PulihSpringTest
class SessionAttributeTests {

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoRequestsSavingTheSameNewAttributeAtOnceBothSucceed() {
		SessionRepository<Session> sessions = (SessionRepository) this.sessions;
		Session session = sessions.createSession();
		sessions.save(session);
		Session first = sessions.findById(session.getId());
		Session second = sessions.findById(session.getId());

		first.setAttribute("token", "from the first tab");
		second.setAttribute("token", "from the second tab");
		sessions.save(first);
		sessions.save(second);

		String stored = sessions.findById(session.getId()).getAttribute("token");
		assertThat(stored).isEqualTo("from the second tab");
		sessions.deleteById(session.getId());
	}

}
