package org.datapact.shared.bus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cluster bus ({@code datapact.bus.*}).
 *
 * @param url JDBC URL of the listening connection; empty to use the application's
 * database. Set it when the application reaches PostgreSQL through a pooler in
 * transaction mode (PgBouncer), where LISTEN does not work: point it at PostgreSQL
 * itself.
 * @param username user of the listening connection (with {@code url})
 * @param password password of the listening connection (with {@code url})
 * @param poll how long one wait for notifications lasts; new channels are listened to
 * between waits
 * @param validation how often an idle listening connection is checked with a query, so a
 * silently dropped connection is noticed
 * @param reconnectInitial first pause before reconnecting after a failure
 * @param reconnectMax longest pause between reconnection attempts (the pause doubles)
 * @param dispatchQueue notices waiting for delivery to subscribers at most; beyond it
 * notices are dropped and subscribers told to resynchronise
 */
@ConfigurationProperties("datapact.bus")
record BusProperties(@DefaultValue("") String url, @DefaultValue("") String username, @DefaultValue("") String password,
		@DefaultValue("250ms") Duration poll, @DefaultValue("10s") Duration validation,
		@DefaultValue("100ms") Duration reconnectInitial, @DefaultValue("30s") Duration reconnectMax,
		@DefaultValue("10000") int dispatchQueue) {

}
