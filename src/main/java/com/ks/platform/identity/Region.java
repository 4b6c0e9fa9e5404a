package com.ks.platform.identity;

/** One administrative division (GB/T 2260): a province, a city (地级) or a district (县级). */
public record Region(String code, String parentCode, String name, Level level) {

    public enum Level {
        PROVINCE,
        CITY,
        DISTRICT
    }
}
