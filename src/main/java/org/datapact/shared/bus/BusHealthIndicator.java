package org.datapact.shared.bus;

import org.datapact.shared.bus.BusListener.BusStatus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether this instance receives cross-instance notices. While it does not, live
 * notices and cache invalidations from other instances are missed (pages still work: a
 * stale save is caught by the version check), so it is shown to operators as down.
 */
class BusHealthIndicator implements HealthIndicator {

	private final ClusterBus bus;

	BusHealthIndicator(ClusterBus bus) {
		this.bus = bus;
	}

	@Override
	public Health health() {
		BusStatus status = this.bus.status();
		Health.Builder health = status.listening() ? Health.up() : Health.down();
		health.withDetail("since", status.since().toString()).withDetail("failures", status.failures());
		if (status.lastFailure() != null) {
			health.withDetail("lastFailure", status.lastFailure());
		}
		return health.build();
	}

}
