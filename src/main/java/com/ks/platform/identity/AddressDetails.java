package com.ks.platform.identity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A shopper's delivery address (收货地址) with the region names resolved from GB/T 2260. */
public record AddressDetails(
        UUID id,
        String recipient,
        String mobile,
        String provinceCode,
        String cityCode,
        String districtCode,
        String provinceName,
        String cityName,
        String districtName,
        String detail,
        boolean isDefault) {

    /** NBS names for a level that is no place of its own (北京市 → 市辖区 → 东城区): left out when shown. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /** "浙江省 杭州市 西湖区"; "北京市 东城区" for a municipality; a city that is its own district is named once. */
    public String regionText() {
        return Stream.of(provinceName, cityName, districtName)
                .filter(name -> name != null && !name.isBlank() && !PLACEHOLDERS.contains(name))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** The region and the street address on one line, as a courier's label shows it. */
    public String oneLine() {
        return regionText() + " " + detail;
    }
}
