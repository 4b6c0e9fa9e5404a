package com.ks.platform.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The administrative divisions of mainland China (GB/T 2260 codes, NBS 2023), read once at start-up from
 * {@code regions/gb2260.tsv} and never changed afterwards, so every node answers the same without a table.
 *
 * <p>Municipalities keep the NBS shape: 北京市 (110000) → 市辖区 (110100) → 东城区 (110101); 重庆 has a second
 * "city" 县 (500200) for its counties. A few cities have no county level at all (东莞, 中山, 儋州): such a city
 * stands for its own district, so {@link #children} of 441900 is 441900 itself and the chain 440000 / 441900 /
 * 441900 is valid. Hong Kong, Macau and Taiwan are not in the source data.
 */
@Component
public class Regions {

    static final String RESOURCE = "/regions/gb2260.tsv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByCode;
    private final List<Region> provinces;

    Regions() {
        this(Regions.class.getResourceAsStream(RESOURCE));
    }

    Regions(InputStream tsv) {
        if (tsv == null) {
            throw new IllegalStateException("region data " + RESOURCE + " is missing");
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t", -1);
                    rows.put(columns[0], columns);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Region> regions = new HashMap<>();
        for (String[] row : rows.values()) {
            regions.put(row[0], new Region(row[0], row[1].isEmpty() ? null : row[1], row[2], levelOf(row, rows)));
        }
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : regions.values()) {
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), code -> new ArrayList<>())
                        .add(region);
            }
        }
        for (Region region : regions.values()) {
            if (region.level() == Region.Level.CITY && !children.containsKey(region.code())) {
                children.put(region.code(), List.of(region));
            }
        }
        children.replaceAll((code, list) ->
                list.stream().sorted(Comparator.comparing(Region::code)).toList());
        this.byCode = Map.copyOf(regions);
        this.childrenByCode = Map.copyOf(children);
        this.provinces = regions.values().stream()
                .filter(region -> region.level() == Region.Level.PROVINCE)
                .sorted(Comparator.comparing(Region::code))
                .toList();
    }

    private static Region.Level levelOf(String[] row, Map<String, String[]> rows) {
        if (row[1].isEmpty()) {
            return Region.Level.PROVINCE;
        }
        String[] parent = rows.get(row[1]);
        if (parent == null) {
            throw new IllegalStateException("region " + row[0] + " names an unknown parent " + row[1]);
        }
        return parent[1].isEmpty() ? Region.Level.CITY : Region.Level.DISTRICT;
    }

    /** Provinces, autonomous regions and municipalities, by code. */
    public List<Region> provinces() {
        return provinces;
    }

    /** The cities of a province, or the districts of a city (a city without districts answers itself). */
    public List<Region> children(String code) {
        return code == null ? List.of() : childrenByCode.getOrDefault(code, List.of());
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** True when the city lies in the province and the district in the city. */
    public boolean isValidChain(String provinceCode, String cityCode, String districtCode) {
        return find(provinceCode)
                        .filter(p -> p.level() == Region.Level.PROVINCE)
                        .isPresent()
                && children(provinceCode).stream().anyMatch(city -> city.code().equals(cityCode))
                && children(cityCode).stream()
                        .anyMatch(district -> district.code().equals(districtCode));
    }
}
