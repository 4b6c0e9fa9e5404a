package com.ks.platform.ordering;

import java.util.Locale;
import java.util.regex.Pattern;

/** Carriers a merchant can ship with, each with the format of its tracking numbers (checked before a shipment). */
public enum Carrier {
    SF("SF\\d{12,13}"),
    JD("JD[A-Z0-9]{13}"),
    ZTO("(7[35]|78)\\d{12}"),
    YTO("YT\\d{13}"),
    STO("77\\d{11}"),
    YUNDA("(31|43|46)\\d{11}"),
    EMS("(E[A-Z]\\d{9}CN|1\\d{12})");

    private final Pattern trackingFormat;

    Carrier(String trackingFormat) {
        this.trackingFormat = Pattern.compile(trackingFormat);
    }

    /** Normalises (trim, upper case, no spaces) and checks the format; null when it does not fit. */
    public String normalise(String trackingNo) {
        if (trackingNo == null) {
            return null;
        }
        String normalised = trackingNo.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return trackingFormat.matcher(normalised).matches() ? normalised : null;
    }

    public String messageKey() {
        return "carrier." + name();
    }

    /** The refusal of a number that does not fit: this carrier's format, with an example. */
    public String formatMessageKey() {
        return "error.shipment.trackingFormat." + name();
    }

    /** The format alone, with an example: the tracking field's help once the carrier is chosen. */
    public String formatHelpKey() {
        return "carrier.format." + name();
    }
}
