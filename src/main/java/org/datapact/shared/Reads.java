package org.datapact.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs what a page reads from several modules in one read-only transaction, so that the
 * page takes one connection once instead of one per facade it asks. Only for work that
 * writes nothing: audited reads need a read-write transaction.
 */
@Component
public class Reads {

	private final TransactionTemplate readOnly;

	Reads(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	public <T> T inOneTransaction(Supplier<T> work) {
		return this.readOnly.execute((status) -> work.get());
	}

	public void inOneTransaction(Runnable work) {
		this.readOnly.executeWithoutResult((status) -> work.run());
	}

}
