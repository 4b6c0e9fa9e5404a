package com.ks.platform.intrusion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(IntrusionSettings.class)
class IntrusionConfiguration {}
