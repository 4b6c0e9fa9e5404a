package com.ks.platform.promotion;

import com.ks.platform.promotion.membership.MembershipSettings;
import com.ks.platform.promotion.points.PointsSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the points and membership rules ({@code ks.promotion.points.*}, {@code ks.promotion.membership.*}). */
@Configuration
@EnableConfigurationProperties({PointsSettings.class, MembershipSettings.class})
class LoyaltyConfiguration {}
