package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Runs last in the suite (junit-platform.properties orders classes by {@link Order}), beside the card-number scan: after
 * every other test has registered shoppers, saved addresses, placed orders and answered tickets, the run's log holds no
 * e-mail address of the demo or the tests, no mainland mobile number and none of the demo people's names or streets
 * (PIPL art. 51; {@link PersonalDataScan}).
 */
@Order(Integer.MAX_VALUE)
class PersonalDataLeakTest extends KsIntegrationTest {

    /** The demo's shoppers and their streets (DemoDataSeeder, DemoAddresses) and the tests' usual recipient. */
    private static final List<String> PEOPLE = List.of("李明", "王芳", "赵磊", "张三", "文三路", "建国路 93 号", "人民南路四段");

    @Value("${logging.file.name}")
    String logFile;

    @Test
    void the_log_of_the_test_run_names_no_person_and_holds_no_email_or_mobile() throws Exception {
        Path log = Path.of(logFile);
        assertThat(log).exists();
        assertThat(Files.readString(log)).as("the log file is the run's").contains("Started ");
        assertThat(PersonalDataScan.file(log, PEOPLE)).isEmpty();
    }

    @Test
    void the_scan_can_fail() {
        assertThat(PersonalDataScan.in("signed in: wangfang@ks.demo from 13912345678 as 王芳", PEOPLE))
                .containsExactlyInAnyOrder("w…(16)", "1…(11)", "王…(2)");
        assertThat(PersonalDataScan.in("order N20261204ABC 2026120413912345678 uuid 0193-13912345678x", PEOPLE))
                .as("digits inside longer numbers or words")
                .isEmpty();
    }
}
