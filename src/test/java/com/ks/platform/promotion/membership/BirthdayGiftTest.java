package com.ks.platform.promotion.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestBuyers;
import com.ks.platform.promotion.points.PointsService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The birthday gift: on the day, once a year, however often the hourly job runs. */
class BirthdayGiftTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberLevels levels;

    @Autowired
    MembershipService membership;

    @Autowired
    PointsService points;

    @Test
    void the_birthday_gift_comes_on_the_day_and_only_once_a_year() {
        var buyer = new TestBuyers(context, this::actAs).registered("birthday", "生日买家", "王五");
        LocalDate birthday = LocalDate.of(1992, 3, 14);
        actAs(buyer.email());
        membership.setBirthday(birthday);
        SecurityContextHolder.clearContext();

        levels.giveBirthdayGifts(LocalDate.of(2030, 3, 13));
        levels.giveBirthdayGifts(LocalDate.of(2030, 3, 14));
        levels.giveBirthdayGifts(LocalDate.of(2030, 3, 14));

        actAs(buyer.email());
        try {
            assertThat(points.mine().balance()).isEqualTo(200);
            assertThat(membership.mine().birthday()).isEqualTo(birthday);
        } finally {
            SecurityContextHolder.clearContext();
        }
        levels.giveBirthdayGifts(LocalDate.of(2031, 3, 14));
        actAs(buyer.email());
        try {
            assertThat(points.mine().balance()).isEqualTo(400);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
