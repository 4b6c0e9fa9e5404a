package com.ks.platform.ui;

import com.ks.platform.shared.BusinessTime;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Money, numbers and times in the person's locale; times in China Standard Time. */
public final class Formats {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final String YUAN = "¥";

    private Formats() {}

    /**
     * ¥1,299.00 in both languages. The JDK's English data says CN¥, which reads as a code to shoppers who only ever
     * pay in yuan here; the locale still decides the grouping and the minus sign.
     */
    public static String money(long fen, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(CNY);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setCurrencySymbol(YUAN);
        format.setDecimalFormatSymbols(symbols);
        return format.format(BigDecimal.valueOf(fen, 2));
    }

    /** Yuan as typed → fen; more than two decimals, nothing typed or too large → -1 (refused by the service). */
    public static long fen(BigDecimal yuan) {
        if (yuan == null || yuan.stripTrailingZeros().scale() > 2) {
            return -1;
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** 2026-11-25 14:05 (both languages: the ISO order reads naturally in Chinese and is unambiguous in English). */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)
                        .withZone(BusinessTime.ZONE)
                        .format(instant);
    }

    /** Items of a list in running text: 甲、乙、丙 in Chinese, "a, b, c" in English. */
    public static String list(java.util.Collection<String> items, Locale locale) {
        return String.join("en".equals(locale.getLanguage()) ? ", " : "、", items);
    }
}
