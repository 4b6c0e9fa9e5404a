package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMasksTest {

    @Test
    void a_mobile_keeps_its_first_three_and_last_four_digits() {
        assertThat(PersonalDataMasks.mobile("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalDataMasks.mobile("12345")).isEqualTo("****");
        assertThat(PersonalDataMasks.mobile(null)).isEmpty();
    }

    @Test
    void a_chinese_name_keeps_its_family_name_only() {
        assertThat(PersonalDataMasks.name("张三")).isEqualTo("张*");
        assertThat(PersonalDataMasks.name("王芳")).isEqualTo("王*");
        assertThat(PersonalDataMasks.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalDataMasks.name("张")).isEqualTo("张*");
        assertThat(PersonalDataMasks.name("Li Wei")).isEqualTo("L* W**");
        assertThat(PersonalDataMasks.name("𠀋丽"))
                .as("a character outside the BMP is one character")
                .isEqualTo("𠀋*");
    }

    @Test
    void an_email_keeps_its_first_character_and_domain() {
        assertThat(PersonalDataMasks.email("alice@example.com")).isEqualTo("a***@example.com");
        assertThat(PersonalDataMasks.email("wangfang@ks.demo")).isEqualTo("w***@ks.demo");
        assertThat(PersonalDataMasks.email("not-an-address")).isEqualTo("****");
    }

    @Test
    void an_address_keeps_the_region_and_hides_the_street_and_door() {
        assertThat(PersonalDataMasks.address("浙江省 杭州市 西湖区", "文三路 90 号 3 幢 502"))
                .isEqualTo("浙江省 杭州市 西湖区 ****")
                .doesNotContain("文三路", "502");
        assertThat(PersonalDataMasks.address("北京市 东城区", null)).isEqualTo("北京市 东城区");
    }
}
