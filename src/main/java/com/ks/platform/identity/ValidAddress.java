package com.ks.platform.identity;

/** An address form after trimming, normalising and every check passed. */
record ValidAddress(
        String recipient, String mobile, String provinceCode, String cityCode, String districtCode, String detail) {}
