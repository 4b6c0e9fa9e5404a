package com.ks.platform.compliance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    ComplianceSettings.class,
    RatingSettings.class,
    com.ks.platform.compliance.audits.AuditSettings.class,
    com.ks.platform.compliance.export.ExportSettings.class
})
class ComplianceConfiguration {}
