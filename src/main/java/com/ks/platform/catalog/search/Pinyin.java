package com.ks.platform.catalog.search;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin ("diannao") and initials ("dn") of a text; Latin letters and digits pass through in lower case.
 * A character with several readings takes its first (重 → zhong): the vocabulary lookups that use this compare whole
 * words, where the common reading is right far more often than not.
 */
final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String> CACHE = new ConcurrentHashMap<>();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    static String full(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(syllable(c));
        }
        return out.toString();
    }

    static String initials(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String s = syllable(c);
            if (!s.isEmpty()) {
                out.append(s.charAt(0));
            }
        }
        return out.toString();
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Latin letters only (spaces allowed): what a person types when they mean pinyin. */
    static boolean looksLikePinyin(String text) {
        String compact = text.replace(" ", "");
        return compact.length() >= 2
                && compact.length() <= 30
                && compact.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static String syllable(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : "";
        }
        return CACHE.computeIfAbsent(c, Pinyin::read);
    }

    private static String read(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return "";
        }
    }
}
