package com.ks.platform.review;

/**
 * A review tag of a product (评价标签) with the number of its visible reviews that carry it; {@code praise} is false
 * for complaints (物流较慢), which the page shows apart.
 */
public record ReviewTag(String code, boolean praise, int count) {

    public String messageKey() {
        return "reviewTag." + code;
    }
}
