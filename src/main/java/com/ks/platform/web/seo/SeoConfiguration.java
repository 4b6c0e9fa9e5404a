package com.ks.platform.web.seo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SiteSettings.class)
class SeoConfiguration {}
