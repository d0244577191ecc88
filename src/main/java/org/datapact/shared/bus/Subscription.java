package org.datapact.shared.bus;

/** A handler's registration on the {@link ClusterBus}; closing it stops deliveries. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

	@Override
	void close();

}
