package org.datapact.shared.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and timings of live streams ({@code datapact.live.*}).
 *
 * @param streamTimeout how long one stream lasts; the browser then reconnects, which
 * checks the session and access again
 * @param heartbeat how often every stream gets a comment (keeping proxies from closing it
 * and finding dead connections) and this instance's presence is renewed
 * @param presenceTtl how long presence lasts without renewal: an instance that stops
 * (crashes) disappears from others' lists after this
 * @param reconnectGrace how long a timed-out stream's presence waits for the browser to
 * reconnect, so that nobody seems to leave and come back
 * @param reconnectDelay how long the browser waits before reconnecting
 * @param maxStreamsPerUser streams one person may have open on this instance; a further
 * one closes their oldest
 * @param maxStreams streams this instance holds at most; further ones are refused (503)
 * @param outbox events waiting for one slow client at most; beyond it the stream is
 * closed (the browser reconnects and gets the current state)
 * @param presenceShown people listed by name at most; others are counted
 */
@ConfigurationProperties("datapact.live")
record LiveProperties(@DefaultValue("10m") Duration streamTimeout, @DefaultValue("20s") Duration heartbeat,
		@DefaultValue("60s") Duration presenceTtl, @DefaultValue("15s") Duration reconnectGrace,
		@DefaultValue("1s") Duration reconnectDelay, @DefaultValue("5") int maxStreamsPerUser,
		@DefaultValue("2000") int maxStreams, @DefaultValue("32") int outbox, @DefaultValue("30") int presenceShown) {

}
