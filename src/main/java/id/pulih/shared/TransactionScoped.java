package id.pulih.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: created on first use, handed to
 * {@code beforeCommit} just before the transaction commits, dropped when it ends. A
 * transaction suspended for an inner one takes its value along and gets it back when it
 * resumes, so the inner transaction has its own. Outside a transaction, and once the
 * transaction has begun to commit, there is none: the caller then does its work at once.
 *
 * @param <T> the value
 */
public final class TransactionScoped<T> {

	private final Object key = new Object();

	private final Supplier<T> create;

	private final Consumer<T> beforeCommit;

	public TransactionScoped(Supplier<T> create, Consumer<T> beforeCommit) {
		this.create = create;
		this.beforeCommit = beforeCommit;
	}

	/** The current transaction's value, created if needed; null when there is none. */
	public @Nullable T current() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Holder holder = (Holder) TransactionSynchronizationManager.getResource(this.key);
		if (holder == null) {
			holder = new Holder(this.create.get());
			TransactionSynchronizationManager.bindResource(this.key, holder);
			TransactionSynchronizationManager.registerSynchronization(holder);
		}
		return holder.committing ? null : holder.value;
	}

	/**
	 * The current transaction's value if it has one; null otherwise (none is created).
	 */
	public @Nullable T existing() {
		Holder holder = (Holder) TransactionSynchronizationManager.getResource(this.key);
		return (holder != null && !holder.committing) ? holder.value : null;
	}

	private final class Holder implements TransactionSynchronization {

		private final T value;

		private boolean committing;

		Holder(T value) {
			this.value = value;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this.key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(TransactionScoped.this.key, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.committing = true;
			TransactionScoped.this.beforeCommit.accept(this.value);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this.key);
		}

	}

}
