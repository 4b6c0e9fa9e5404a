package com.ks.platform.payment.ui;

import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.risk.ClientContext;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskRefused;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Starts a payment from a button with the page's client context; when risk control challenges it, asks for the
 * password and tries again with the one-time confirmation; any other refusal is shown and the button re-enabled.
 */
final class RiskAwarePay {

    private RiskAwarePay() {}

    static void attempt(
            RiskControl risk,
            Button button,
            Function<ClientContext, PaymentDetails> start,
            Consumer<PaymentDetails> started) {
        attempt(risk, button, start, started, null);
    }

    private static void attempt(
            RiskControl risk,
            Button button,
            Function<ClientContext, PaymentDetails> start,
            Consumer<PaymentDetails> started,
            String confirmation) {
        try {
            started.accept(start.apply(PaymentClient.current(confirmation)));
        } catch (DomainException refused) {
            if (refused instanceof RiskRefused risky && risky.challenge()) {
                new RiskChallengeDialog(
                                risk,
                                risky.assessmentId(),
                                confirmed -> attempt(risk, button, start, started, confirmed))
                        .open();
            } else {
                Notices.error(refused);
            }
            button.setEnabled(true);
        }
    }
}
