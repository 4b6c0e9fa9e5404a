package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.CardNumberScan;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Runs last in the suite (junit-platform.properties orders classes by {@link Order}): after a real card payment through
 * the card sandbox's page, and after every other test, no card number is in any text column of any table, in the log
 * file, in the test reports (console output) or in the stored files (PCI DSS 3.4; {@link CardNumberScan}).
 */
@Order(Integer.MAX_VALUE)
class CardNumberLeakTest extends PaymentTestSupport {

    @Autowired
    DataSource dataSource;

    @Value("${logging.file.name}")
    String logFile;

    @Value("${ks.storage.local-root}")
    String storageRoot;

    @Test
    void after_a_card_payment_no_card_number_is_in_the_database_the_logs_or_the_stored_files() throws Exception {
        PlacedCheckout placed = onCashier(newShopper(), "卡号扫描台灯", 12_900, PaymentMethod.CARD);
        click("去支付");
        _setValue(_get(TextField.class, spec -> spec.withLabel("卡号")), "5555-5555-5555-4444");
        _setValue(_get(TextField.class, spec -> spec.withLabel("有效期（月/年）")), "12/39");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("安全码（CVV）")), "123");
        click("支付");
        awaitStatus(repository.ofCheckout(placed.checkoutId()).getFirst().getId(), PaymentStatus.SUCCEEDED);

        Path log = Path.of(logFile);
        assertThat(log).exists();
        assertThat(Files.readString(log)).as("the log file is the run's").contains("Started ");
        assertThat(CardNumberScan.database(dataSource)).isEmpty();
        assertThat(CardNumberScan.files(log.getParent(), Path.of(storageRoot))).isEmpty();
        assertThat(CardNumberScan.testReports(Path.of("target", "surefire-reports")))
                .isEmpty();
    }
}
