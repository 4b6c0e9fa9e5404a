package com.ks.platform.payment.sandbox;

import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The card sandbox's checks: Luhn, a 13–19 digit number, an expiry (MM/YY) not in the past, a 3–4 digit CVV. */
final class CardCheck {

    private CardCheck() {}

    record Card(String last4) {}

    static Card check(String number, String expiry, String cvv, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{13,19}") || !luhn(digits)) {
            errors.put("number", "payment.sandbox.card.invalidNumber");
        }
        if (!validExpiry(expiry, clock)) {
            errors.put("expiry", "payment.sandbox.card.invalidExpiry");
        }
        if (cvv == null || !cvv.strip().matches("\\d{3,4}")) {
            errors.put("cvv", "payment.sandbox.card.invalidCvv");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        return new Card(digits.substring(digits.length() - 4));
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean validExpiry(String expiry, Clock clock) {
        if (expiry == null || !expiry.strip().matches("(0[1-9]|1[0-2])/?\\d{2}")) {
            return false;
        }
        String text = expiry.strip().replace("/", "");
        YearMonth month =
                YearMonth.of(2000 + Integer.parseInt(text.substring(2)), Integer.parseInt(text.substring(0, 2)));
        return !month.isBefore(YearMonth.now(clock.withZone(BusinessTime.ZONE)));
    }
}
