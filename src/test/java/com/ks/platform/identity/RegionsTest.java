package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The GB/T 2260 reference data covers mainland China and every province → city → district chain holds. */
class RegionsTest {

    private static final Regions REGIONS = new Regions();

    @Test
    void all_of_mainland_china_is_covered() {
        assertThat(REGIONS.provinces()).hasSize(31);
        long cities = REGIONS.provinces().stream()
                .mapToLong(p -> REGIONS.children(p.code()).size())
                .sum();
        long districts = REGIONS.provinces().stream()
                .flatMap(p -> REGIONS.children(p.code()).stream())
                .mapToLong(c -> REGIONS.children(c.code()).size())
                .sum();
        assertThat(cities).isBetween(330L, 360L);
        assertThat(districts).isGreaterThanOrEqualTo(2_900L);
    }

    @Test
    void west_lake_district_lies_in_hangzhou_in_zhejiang() {
        assertThat(REGIONS.find("330000").orElseThrow().name()).isEqualTo("浙江省");
        Region hangzhou = REGIONS.find("330100").orElseThrow();
        assertThat(hangzhou.name()).isEqualTo("杭州市");
        assertThat(hangzhou.level()).isEqualTo(Region.Level.CITY);
        Region westLake = REGIONS.find("330106").orElseThrow();
        assertThat(westLake).isEqualTo(new Region("330106", "330100", "西湖区", Region.Level.DISTRICT));
        assertThat(REGIONS.children("330100")).contains(westLake);
        assertThat(REGIONS.isValidChain("330000", "330100", "330106")).isTrue();
    }

    @Test
    void municipalities_make_valid_chains_through_their_nbs_city_level() {
        assertThat(REGIONS.find("110101").orElseThrow().name()).isEqualTo("东城区");
        assertThat(REGIONS.isValidChain("110000", "110100", "110101")).isTrue();
        assertThat(REGIONS.isValidChain("310000", "310100", "310104")).isTrue();
        assertThat(REGIONS.isValidChain("120000", "120100", "120101")).isTrue();
        assertThat(REGIONS.isValidChain("500000", "500100", "500101")).isTrue();
        assertThat(REGIONS.isValidChain("500000", "500200", "500229")).isTrue();
        assertThat(REGIONS.children("110000")).extracting(Region::code).containsExactly("110100");
    }

    @Test
    void a_city_without_districts_stands_for_its_own_district() {
        assertThat(REGIONS.children("441900")).extracting(Region::name).containsExactly("东莞市");
        assertThat(REGIONS.isValidChain("440000", "441900", "441900")).isTrue();
        assertThat(REGIONS.isValidChain("460000", "460400", "460400")).isTrue();
    }

    @Test
    void every_city_offers_at_least_one_district() {
        List<Region> cities = REGIONS.provinces().stream()
                .flatMap(p -> REGIONS.children(p.code()).stream())
                .toList();
        assertThat(cities)
                .allSatisfy(city -> assertThat(REGIONS.children(city.code()))
                        .as(city.name())
                        .isNotEmpty()
                        .allSatisfy(district -> assertThat(
                                        REGIONS.isValidChain(city.parentCode(), city.code(), district.code()))
                                .isTrue()));
    }

    @Test
    void broken_chains_are_refused() {
        assertThat(REGIONS.isValidChain("330000", "330100", "110101")).isFalse();
        assertThat(REGIONS.isValidChain("110000", "330100", "330106")).isFalse();
        assertThat(REGIONS.isValidChain("330100", "330106", "330106")).isFalse();
        assertThat(REGIONS.isValidChain("440000", "441900", "440000")).isFalse();
        assertThat(REGIONS.isValidChain(null, null, null)).isFalse();
        assertThat(REGIONS.isValidChain("999999", "330100", "330106")).isFalse();
    }

    @Test
    void the_region_text_leaves_out_placeholder_levels_and_repeats() {
        assertThat(address("浙江省", "杭州市", "西湖区").regionText()).isEqualTo("浙江省 杭州市 西湖区");
        assertThat(address("北京市", "市辖区", "东城区").regionText()).isEqualTo("北京市 东城区");
        assertThat(address("广东省", "东莞市", "东莞市").oneLine()).isEqualTo("广东省 东莞市 松山湖大道 8 号");
    }

    private static AddressDetails address(String province, String city, String district) {
        return new AddressDetails(null, "张三", "13800138000", "", "", "", province, city, district, "松山湖大道 8 号", true);
    }
}
