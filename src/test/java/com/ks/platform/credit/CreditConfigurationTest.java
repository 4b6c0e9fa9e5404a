package com.ks.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The 先用后付 settings in application.yml are read as {@code ks.credit.*}: once they sat under {@code ks.aftersales}
 * (a section inserted above them), so an operator's edit of a tier or a fee rate silently changed nothing.
 */
class CreditConfigurationTest extends KsIntegrationTest {

    @Autowired
    Environment environment;

    @Autowired
    CreditSettings settings;

    @Test
    void the_credit_section_of_the_configuration_is_bound_to_the_credit_settings() {
        assertThat(environment.getProperty("ks.credit.tiers[3].limit-fen")).isEqualTo("2000000");
        assertThat(environment.getProperty("ks.credit.installments.fee-rates[12]"))
                .isEqualTo("0.08");
        assertThat(environment.containsProperty("ks.aftersales.tiers[0].limit-fen"))
                .isFalse();
        assertThat(environment.getProperty("ks.credit.billing-cron")).isEqualTo("0 15 0 * * *");
        assertThat(settings.installments().feeRates()).containsKeys(3, 6, 12);
    }
}
