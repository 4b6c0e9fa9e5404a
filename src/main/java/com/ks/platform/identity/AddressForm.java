package com.ks.platform.identity;

/** What a shopper types for a new or changed address; the service trims, normalises and checks it. */
public record AddressForm(
        String recipient,
        String mobile,
        String provinceCode,
        String cityCode,
        String districtCode,
        String detail,
        boolean makeDefault) {}
