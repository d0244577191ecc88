package org.datapact.shared.bus;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BusProperties.class)
class BusConfiguration {

	@Bean(destroyMethod = "shutdown")
	ClusterBus clusterBus(DataSource dataSource, BusProperties properties) {
		return new ClusterBus(dataSource, properties, Clock.systemUTC());
	}

	@Bean
	BusHealthIndicator clusterBusHealthIndicator(ClusterBus clusterBus) {
		return new BusHealthIndicator(clusterBus);
	}

}
