package com.ks.platform.catalog.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One product of the relevance catalog as a merchant would enter it: a category code of the platform's tree, brand,
 * title, subtitle, up to two spec dimensions ({@code 颜色=黑色/白色;存储=256GB/512GB}), price in fen, sales, rating in
 * tenths (0 = unrated) and stock. {@code key} names what it is ({@code phone/huawei/mate60pro#1}) so that judgements
 * can be written by pattern; {@code id} is its stable handle in the files.
 */
public record RelevanceProduct(
        String id,
        String key,
        String categoryCode,
        String brand,
        String title,
        String subtitle,
        String specs,
        long priceFen,
        int sales,
        int ratingTenths,
        int stock) {

    static final String HEADER =
            "id\tkey\tcategory\tbrand\ttitle\tsubtitle\tspecs\tprice_fen\tsales\trating_tenths\tstock";

    String toTsv() {
        return String.join(
                "\t",
                id,
                key,
                categoryCode,
                brand,
                title,
                subtitle,
                specs,
                Long.toString(priceFen),
                Integer.toString(sales),
                Integer.toString(ratingTenths),
                Integer.toString(stock));
    }

    static RelevanceProduct fromTsv(String line) {
        String[] f = line.split("\t", -1);
        return new RelevanceProduct(
                f[0],
                f[1],
                f[2],
                f[3],
                f[4],
                f[5],
                f[6],
                Long.parseLong(f[7]),
                Integer.parseInt(f[8]),
                Integer.parseInt(f[9]),
                Integer.parseInt(f[10]));
    }

    /** The spec dimensions: name and values, at most two. */
    public List<Spec> specList() {
        List<Spec> list = new ArrayList<>();
        if (specs.isBlank()) {
            return list;
        }
        for (String dimension : specs.split(";")) {
            String[] nameValues = dimension.split("=", 2);
            list.add(new Spec(nameValues[0], List.of(nameValues[1].split("/"))));
        }
        return list;
    }

    /** Title, subtitle, brand and spec values: the text a plain index sees (category names are added by callers). */
    public String text() {
        StringBuilder text = new StringBuilder(title)
                .append(' ')
                .append(subtitle)
                .append(' ')
                .append(brand);
        for (Spec spec : specList()) {
            text.append(' ').append(String.join(" ", spec.values()));
        }
        return text.toString();
    }

    public record Spec(String name, List<String> values) {}
}
