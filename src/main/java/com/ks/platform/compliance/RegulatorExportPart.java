package com.ks.platform.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of a regulator export (E-Commerce Law art. 25) contributed by the module that owns the data — ordering adds
 * the merchant's transactions — as modules above compliance implement {@link RatingSource}.
 */
public interface RegulatorExportPart {

    /** The file's name inside the archive, e.g. {@code transactions.csv}. */
    String fileName();

    /** The merchant's records in [{@code from}, {@code to}). */
    byte[] content(UUID merchantId, Instant from, Instant to);

    /**
     * One CSV cell, RFC 4180 quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
