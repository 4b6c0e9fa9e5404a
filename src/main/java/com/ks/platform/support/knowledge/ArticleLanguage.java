package com.ks.platform.support.knowledge;

import java.util.Locale;

/** The two languages an article is written in; Chinese is the one every article has. */
public enum ArticleLanguage {
    ZH("zh"),
    EN("en");

    private final String code;

    ArticleLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The person's language: English for an English locale, otherwise Chinese. */
    public static ArticleLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
    }
}
