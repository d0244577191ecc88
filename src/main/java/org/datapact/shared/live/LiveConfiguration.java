package org.datapact.shared.live;

import org.datapact.shared.bus.ClusterBus;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

	@Bean
	PresenceStore presenceStore(JdbcClient jdbc) {
		return new PresenceStore(jdbc);
	}

	@Bean(destroyMethod = "shutdown")
	LiveHub liveHub(ClusterBus bus, PresenceStore presenceStore, MessageSource messageSource,
			LiveProperties properties) {
		return new LiveHub(bus, presenceStore, new LiveTexts(messageSource), properties);
	}

	@Bean
	LiveRooms liveRooms(LiveHub hub, PresenceStore presenceStore, ClusterBus bus, LiveProperties properties) {
		return new LiveRooms(hub, presenceStore, bus, properties);
	}

}
