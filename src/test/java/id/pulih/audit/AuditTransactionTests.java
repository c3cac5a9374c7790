package id.pulih.audit;

import java.util.UUID;

import id.pulih.shared.Audited;
import id.pulih.support.PulihSpringTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit entries follow their transaction: written when it commits, never when it rolls
 * back; an inner transaction's entries follow the inner one; an entry raised while a
 * transaction completes, or outside any, is written at once.
 */
@PulihSpringTest
class AuditTransactionTests {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void entriesFollowTheirTransactionAndAnInnerOneKeepsItsOwn() {
		UUID outer = UUID.randomUUID();
		UUID inner = UUID.randomUUID();
		UUID rolledBack = UUID.randomUUID();
		TransactionTemplate required = new TransactionTemplate(this.transactions);
		TransactionTemplate requiresNew = new TransactionTemplate(this.transactions);
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatThrownBy(() -> required.executeWithoutResult(status -> {
			audit(outer);
			requiresNew.executeWithoutResult(innerStatus -> audit(inner));
			throw new IllegalStateException("the outer command fails");
		})).isInstanceOf(IllegalStateException.class);
		required.executeWithoutResult(status -> {
			requiresNew.executeWithoutResult(innerStatus -> {
				audit(rolledBack);
				innerStatus.setRollbackOnly();
			});
			audit(outer);
		});

		assertThat(count(inner)).isEqualTo(1);
		assertThat(count(rolledBack)).isZero();
		assertThat(count(outer)).isEqualTo(1);
	}

	@Test
	void anEntryRaisedAfterTheCommitOrOutsideATransactionIsWrittenAtOnce() {
		UUID afterCommit = UUID.randomUUID();
		UUID afterCompletion = UUID.randomUUID();
		UUID alone = UUID.randomUUID();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					audit(afterCommit);
				}

				@Override
				public void afterCompletion(int state) {
					audit(afterCompletion);
				}

			});
			audit(UUID.randomUUID());
		});
		audit(alone);

		assertThat(count(afterCommit)).isEqualTo(1);
		assertThat(count(afterCompletion)).isEqualTo(1);
		assertThat(count(alone)).isEqualTo(1);
		// Nothing is left bound to the thread: the next transaction writes its entries
		// too.
		UUID next = UUID.randomUUID();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> audit(next));
		assertThat(count(next)).isEqualTo(1);
	}

	private void audit(UUID id) {
		this.events.publishEvent(new Audited("test.audited", "test", id, "test entry"));
	}

	private long count(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
