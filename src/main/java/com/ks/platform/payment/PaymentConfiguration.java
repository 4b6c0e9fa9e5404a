package com.ks.platform.payment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PaymentSettings.class, CommissionRates.class})
class PaymentConfiguration {}
