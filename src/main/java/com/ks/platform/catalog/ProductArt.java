package com.ks.platform.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Product pictures for demo data, drawn as SVG: a category pictogram on the SKU's colour with the product's name.
 * Real photos cannot be fetched here; a tidy drawing beats a broken image. Image references look like
 * {@code art:PHONE:1f2937}; images a merchant uploaded look like {@code media:<key>} and are served by
 * {@code ProductImageController} at {@code media/products/<key>}.
 */
public final class ProductArt {

    private static final Pattern REF = Pattern.compile("art:([A-Z_]{2,20}):([0-9a-f]{6})");
    static final String UPLOAD_PREFIX = "media:";
    /** Upload keys are ids the platform chose (UUIDs), never a file name. */
    private static final Map<String, String> PICTOGRAMS = Map.ofEntries(
            Map.entry(
                    "PHONE",
                    "<rect x='120' y='70' width='160' height='260' rx='26' fill='none' stroke='#fff' stroke-width='14'/><circle cx='200' cy='300' r='10' fill='#fff'/>"),
            Map.entry(
                    "LAPTOP",
                    "<rect x='100' y='100' width='200' height='140' rx='10' fill='none' stroke='#fff' stroke-width='14'/><path d='M70 270h260l-20 30H90z' fill='#fff'/>"),
            Map.entry(
                    "AUDIO",
                    "<path d='M110 230v-40a90 90 0 0 1 180 0v40' fill='none' stroke='#fff' stroke-width='16'/><rect x='95' y='220' width='40' height='80' rx='14' fill='#fff'/><rect x='265' y='220' width='40' height='80' rx='14' fill='#fff'/>"),
            Map.entry(
                    "WATCH",
                    "<rect x='150' y='60' width='100' height='280' rx='30' fill='none' stroke='#fff' stroke-width='12'/><circle cx='200' cy='200' r='60' fill='none' stroke='#fff' stroke-width='14'/><path d='M200 170v32l22 14' stroke='#fff' stroke-width='10' fill='none'/>"),
            Map.entry(
                    "KITCHEN",
                    "<path d='M120 140h160v150a20 20 0 0 1-20 20H140a20 20 0 0 1-20-20z' fill='none' stroke='#fff' stroke-width='14'/><path d='M280 170h30a20 20 0 0 1 0 60h-30' fill='none' stroke='#fff' stroke-width='12'/><rect x='150' y='110' width='100' height='20' rx='8' fill='#fff'/>"),
            Map.entry(
                    "TV",
                    "<rect x='80' y='100' width='240' height='160' rx='12' fill='none' stroke='#fff' stroke-width='14'/><path d='M160 300h80M200 260v40' stroke='#fff' stroke-width='12'/>"),
            Map.entry(
                    "SHIRT",
                    "<path d='M150 90l-60 40 30 50 30-15v145h100V165l30 15 30-50-60-40c-10 20-30 30-50 30s-40-10-50-30z' fill='none' stroke='#fff' stroke-width='12' stroke-linejoin='round'/>"),
            Map.entry(
                    "SHOE",
                    "<path d='M80 260c0-40 20-90 40-110l40 40c30 10 80 20 130 40 30 10 40 30 30 50H80z' fill='none' stroke='#fff' stroke-width='12' stroke-linejoin='round'/>"),
            Map.entry(
                    "BOTTLE",
                    "<rect x='160' y='60' width='80' height='40' rx='8' fill='#fff'/><rect x='130' y='110' width='140' height='220' rx='30' fill='none' stroke='#fff' stroke-width='14'/>"),
            Map.entry(
                    "FRUIT",
                    "<circle cx='200' cy='220' r='95' fill='none' stroke='#fff' stroke-width='14'/><path d='M200 125c0-30 10-50 40-60' stroke='#fff' stroke-width='12' fill='none'/><path d='M205 110c30-30 70-20 80 0-30 20-60 20-80 0z' fill='#fff'/>"),
            Map.entry(
                    "TEA",
                    "<path d='M110 170h160v60a80 80 0 0 1-160 0z' fill='none' stroke='#fff' stroke-width='14'/><path d='M270 190h20a25 25 0 0 1 0 50h-25' fill='none' stroke='#fff' stroke-width='12'/><path d='M160 140c-10-20 10-30 0-50M210 140c-10-20 10-30 0-50' stroke='#fff' stroke-width='8' fill='none'/>"),
            Map.entry(
                    "BED",
                    "<path d='M70 300V120M70 230h260v70M330 300V200a30 30 0 0 0-30-30H170v60' fill='none' stroke='#fff' stroke-width='14'/><circle cx='120' cy='200' r='24' fill='#fff'/>"),
            Map.entry(
                    "BOX",
                    "<path d='M90 140l110-50 110 50v140l-110 50-110-50z M90 140l110 50 110-50 M200 190v140' fill='none' stroke='#fff' stroke-width='12' stroke-linejoin='round'/>"),
            Map.entry(
                    "BABY",
                    "<rect x='150' y='120' width='100' height='200' rx='24' fill='none' stroke='#fff' stroke-width='14'/><path d='M170 120l10-40h40l10 40' fill='none' stroke='#fff' stroke-width='12'/><path d='M150 190h100M150 240h100' stroke='#fff' stroke-width='8'/>"),
            Map.entry(
                    "TENT",
                    "<path d='M60 300L200 90l140 210z M200 90v210 M160 300l40-80 40 80' fill='none' stroke='#fff' stroke-width='12' stroke-linejoin='round'/>"),
            Map.entry(
                    "FITNESS",
                    "<path d='M110 200h180' stroke='#fff' stroke-width='16'/><rect x='80' y='150' width='30' height='100' rx='8' fill='#fff'/><rect x='290' y='150' width='30' height='100' rx='8' fill='#fff'/><rect x='55' y='170' width='25' height='60' rx='6' fill='#fff'/><rect x='320' y='170' width='25' height='60' rx='6' fill='#fff'/>"),
            Map.entry(
                    "BOOK",
                    "<path d='M200 110c-40-20-80-20-110 0v190c30-20 70-20 110 0 40-20 80-20 110 0V110c-30-20-70-20-110 0zM200 110v190' fill='none' stroke='#fff' stroke-width='12' stroke-linejoin='round'/>"));

    private ProductArt() {}

    public static String ref(String kind, String hexColour) {
        return "art:" + kind + ":" + hexColour;
    }

    /** The pictogram of a drawing reference ("PHONE"), empty for an upload or anything else. */
    public static java.util.Optional<String> kind(String imageRef) {
        var matcher = REF.matcher(imageRef == null ? "" : imageRef);
        return matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /** The URL a browser loads for an image reference, labelled with the product's name. */
    public static String url(String imageRef, String label) {
        if (isUpload(imageRef)) {
            return "media/products/" + imageRef.substring(UPLOAD_PREFIX.length());
        }
        var matcher = REF.matcher(imageRef == null ? "" : imageRef);
        if (!matcher.matches()) {
            return "images/logo.svg";
        }
        return "art/" + matcher.group(1) + "/" + matcher.group(2) + ".svg?t="
                + URLEncoder.encode(label == null ? "" : label, StandardCharsets.UTF_8);
    }

    /** True for an image a merchant uploaded, false for a drawing (or anything else). */
    public static boolean isUpload(String imageRef) {
        return imageRef != null
                && imageRef.startsWith(UPLOAD_PREFIX)
                && ImageFormat.isUploadKey(imageRef.substring(UPLOAD_PREFIX.length()));
    }

    static String svg(String kind, String hexColour, String label) {
        String pictogram = PICTOGRAMS.getOrDefault(kind.toUpperCase(Locale.ROOT), PICTOGRAMS.get("BOX"));
        String text = escape(label.length() > 16 ? label.substring(0, 15) + "…" : label);
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 400' role='img' aria-label='" + escape(label)
                + "'><defs><linearGradient id='g' x1='0' y1='0' x2='1' y2='1'><stop offset='0' stop-color='#"
                + hexColour
                + "'/><stop offset='1' stop-color='#" + hexColour + "' stop-opacity='0.78'/></linearGradient></defs>"
                + "<rect width='400' height='400' fill='url(#g)'/>" + "<g transform='translate(0,-10)'>" + pictogram
                + "</g><text x='200' y='375' text-anchor='middle' font-size='26' fill='#fff' font-family='Noto Sans CJK SC,"
                + "PingFang SC,Microsoft YaHei,sans-serif'>" + text + "</text></svg>";
    }

    static boolean isValid(String kind, String hexColour) {
        return REF.matcher("art:" + kind + ":" + hexColour).matches();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
