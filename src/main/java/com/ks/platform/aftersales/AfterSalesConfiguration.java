package com.ks.platform.aftersales;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AfterSalesSettings.class)
class AfterSalesConfiguration {}
