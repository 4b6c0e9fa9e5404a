package com.ks.platform.web.demo;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** In a demo, the clock every module is given is a {@link DemoClock} (the system time except while seeding history). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoClockConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.systemUTC());
    }
}
