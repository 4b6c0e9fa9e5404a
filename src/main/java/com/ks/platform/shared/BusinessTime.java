package com.ks.platform.shared;

import java.time.ZoneId;

/** The platform's business time zone: days, cut-offs and reports are in China Standard Time. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {}
}
