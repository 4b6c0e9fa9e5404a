package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The address book's rules: ownership, the one default, validation that leaves nothing half-written. */
class AddressServiceTest extends KsIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    AddressQueries queries;

    @Test
    void the_first_address_becomes_the_default_and_is_stored_normalised() {
        actAs(shopper());
        AddressDetails first = addresses.add(
                new AddressForm("  张三 ", "138 0013-8000", "330000", "330100", "330106", " 文三路 90 号\n东部软件园 ", false));

        assertThat(first.isDefault()).isTrue();
        assertThat(first.recipient()).isEqualTo("张三");
        assertThat(first.mobile()).isEqualTo("13800138000");
        assertThat(first.detail()).isEqualTo("文三路 90 号 东部软件园");
        assertThat(first.regionText()).isEqualTo("浙江省 杭州市 西湖区");
        assertThat(first.oneLine()).isEqualTo("浙江省 杭州市 西湖区 文三路 90 号 东部软件园");
        assertThat(queries.myDefault()).contains(first);
        assertThat(queries.mine(first.id())).isEqualTo(first);
    }

    @Test
    void a_new_default_replaces_the_old_one_and_the_list_shows_the_default_first_then_the_newest() {
        actAs(shopper());
        AddressDetails home = addresses.add(form("家里", false));
        AddressDetails office = addresses.add(form("公司", false));
        AddressDetails parents = addresses.add(form("父母家", true));

        assertThat(queries.mine()).extracting(AddressDetails::id).containsExactly(parents.id(), office.id(), home.id());
        assertThat(defaults()).containsExactly(parents.id());

        addresses.makeDefault(home.id());
        assertThat(defaults()).containsExactly(home.id());
        assertThat(queries.mine().getFirst().id()).isEqualTo(home.id());

        addresses.update(office.id(), form("公司新址", true));
        assertThat(defaults()).containsExactly(office.id());
        assertThat(queries.mine(office.id()).detail()).isEqualTo("公司新址 88 号");
    }

    @Test
    void unticking_default_on_the_default_address_keeps_it_the_default() {
        actAs(shopper());
        AddressDetails only = addresses.add(form("唯一的地址", false));
        AddressDetails changed = addresses.update(only.id(), form("改过的地址", false));
        assertThat(changed.isDefault()).isTrue();
    }

    @Test
    void deleting_the_default_promotes_the_most_recently_updated_remaining_address() {
        actAs(shopper());
        AddressDetails home = addresses.add(form("家里", false));
        AddressDetails office = addresses.add(form("公司", false));
        AddressDetails parents = addresses.add(form("父母家", false));
        addresses.update(office.id(), form("公司搬家了", false));
        addresses.makeDefault(parents.id());

        addresses.delete(parents.id());
        assertThat(defaults()).containsExactly(office.id());

        addresses.delete(home.id());
        assertThat(defaults()).containsExactly(office.id());
        addresses.delete(office.id());
        assertThat(queries.mine()).isEmpty();
        assertThat(queries.myDefault()).isEmpty();
    }

    @Test
    void municipalities_and_cities_without_districts_are_accepted() {
        actAs(shopper());
        AddressDetails beijing =
                addresses.add(new AddressForm("李四", "13912345678", "110000", "110100", "110101", "东长安街 1 号", false));
        AddressDetails dongguan =
                addresses.add(new AddressForm("王五", "15012345678", "440000", "441900", "441900", "松山湖大道 8 号", false));
        assertThat(beijing.regionText()).isEqualTo("北京市 东城区");
        assertThat(beijing.cityName()).isEqualTo("市辖区");
        assertThat(dongguan.regionText()).isEqualTo("广东省 东莞市");
    }

    @Test
    void each_broken_rule_is_reported_on_its_field_and_nothing_is_written() {
        actAs(shopper());
        assertThatThrownBy(() ->
                        addresses.add(new AddressForm(" ", "12800138000", "330000", "110100", "110101", "短", true)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactlyInAnyOrderEntriesOf(Map.of(
                                        "recipient", "address.error.recipientRequired",
                                        "mobile", "address.error.mobile",
                                        "cityCode", "address.error.region",
                                        "detail", "address.error.detail")));
        assertThat(queries.mine()).isEmpty();

        assertThatThrownBy(() -> addresses.add(new AddressForm(
                        "张三丰张三丰张三丰张三丰张三丰张三丰张三丰", "1380013800", "330000", "330100", "110101", "文三路 90 号", true)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("recipient", "mobile", "districtCode"));
        assertThat(queries.mine()).isEmpty();
    }

    @Test
    void a_failed_update_leaves_the_address_as_it_was() {
        actAs(shopper());
        AddressDetails home = addresses.add(form("家里", false));
        assertThatThrownBy(() -> addresses.update(
                        home.id(), new AddressForm("张三", "not a phone", "330000", "330100", "330106", "新地址 1 号", true)))
                .isInstanceOf(RuleViolated.class);
        assertThat(queries.mine(home.id())).isEqualTo(home);
    }

    @Test
    void a_twenty_first_address_is_refused_and_not_written() {
        actAs(shopper());
        for (int i = 1; i <= AddressService.MAX_ADDRESSES; i++) {
            addresses.add(form("第 " + i + " 个", false));
        }
        assertThatThrownBy(() -> addresses.add(form("多出来的", true)))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("address.error.tooMany"));
        assertThat(queries.mine()).hasSize(AddressService.MAX_ADDRESSES);
        assertThat(defaults()).hasSize(1);
    }

    @Test
    void another_shoppers_address_answers_not_found_and_is_left_alone() {
        String owner = shopper();
        actAs(owner);
        AddressDetails mine = addresses.add(form("主人的家", false));
        addresses.add(form("主人的公司", false));
        List<AddressDetails> before = queries.mine();

        actAs(shopper());
        AddressDetails own = addresses.add(form("别人的家", false));
        UUID id = mine.id();
        assertThatThrownBy(() -> queries.mine(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> addresses.update(id, form("偷改", true))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> addresses.delete(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> addresses.makeDefault(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> addresses.delete(UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThat(queries.mine()).containsExactly(own);

        actAs(owner);
        assertThat(queries.mine()).isEqualTo(before);
    }

    @Test
    void a_merchant_or_a_visitor_has_no_address_book() {
        String merchant = uniqueEmail("address-merchant");
        accounts.createForSignUp(new NewAccount(merchant, "店主", "good password 2026", EnumSet.of(Role.MERCHANT), true));
        actAs(merchant);
        assertThatThrownBy(() -> addresses.add(form("店里", false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.mine()).isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> addresses.add(form("路边", false)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> queries.myDefault()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void two_tabs_adding_a_first_address_at_once_leave_exactly_one_default() throws Exception {
        String shopper = shopper();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<AddressDetails>> adds = new ArrayList<>();
            for (String label : List.of("左边的标签页", "右边的标签页")) {
                adds.add(pool.submit(() -> {
                    actAs(shopper);
                    try {
                        start.await();
                        return addresses.add(form(label, false));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (var add : adds) {
                add.get(30, TimeUnit.SECONDS);
            }
        }
        actAs(shopper);
        assertThat(queries.mine()).hasSize(2);
        assertThat(defaults()).hasSize(1);
    }

    @Test
    void the_demo_shopper_has_a_default_address() {
        actAs("shopper@ks.demo");
        assertThat(queries.myDefault().orElseThrow().regionText()).isEqualTo("浙江省 杭州市 西湖区");
    }

    private List<UUID> defaults() {
        return queries.mine().stream()
                .filter(AddressDetails::isDefault)
                .map(AddressDetails::id)
                .toList();
    }

    private static AddressForm form(String label, boolean makeDefault) {
        return new AddressForm("张三", "13800138000", "330000", "330100", "330106", label + " 88 号", makeDefault);
    }

    private String shopper() {
        return TestShoppers.register(accounts, uniqueEmail("address"));
    }
}
