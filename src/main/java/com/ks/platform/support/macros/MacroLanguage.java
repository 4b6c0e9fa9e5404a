package com.ks.platform.support.macros;

import java.util.Locale;
import org.jooq.Converter;

/** The language a macro is written in; an agent answers a person in theirs. Stored as its code. */
public enum MacroLanguage {
    ZH("zh"),
    EN("en");

    static final Converter<String, MacroLanguage> COLUMN =
            Converter.ofNullable(String.class, MacroLanguage.class, MacroLanguage::ofCode, MacroLanguage::code);

    private final String code;

    MacroLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "desk.macro.language." + code;
    }

    /** The macros' language for a person's locale: Chinese unless they chose English. */
    public static MacroLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : ZH;
    }

    static MacroLanguage ofCode(String code) {
        for (MacroLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("no macro language " + code);
    }
}
