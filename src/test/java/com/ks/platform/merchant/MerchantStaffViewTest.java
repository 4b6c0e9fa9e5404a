package com.ks.platform.merchant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.TestStaff;
import com.ks.platform.merchant.ui.MerchantHomeView;
import com.ks.platform.merchant.ui.StaffInvitationsView;
import com.ks.platform.web.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 员工管理 as the owner uses it, and the portal as a staff member sees it: only what was granted. */
class MerchantStaffViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MerchantStaffService staff;

    private TestMerchants.Created shop;
    private TestStaff people;

    @BeforeEach
    void newShop() {
        people = new TestStaff(context, this::actAs);
        shop = new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, "compliance@ks.demo");
    }

    @Test
    void the_owner_invites_an_existing_account_and_sees_it_waiting() {
        String invitee = people.shopper("view-clerk");
        signInAs(shop.email());
        navigate("merchant/staff");

        invite(invitee, Set.of(StaffPermission.ORDERS));

        assertThat(staffRows()).singleElement().satisfies(row -> assertThat(row).contains(invitee, "订单与发货"));
        assertThat(GridKt._fetch(staffGrid(), 0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(StaffStatus.INVITED));
        assertThat(_find(TextField.class, spec -> spec.withId("invite-link"))).isEmpty();
    }

    @Test
    void inviting_a_new_address_shows_the_one_time_link_once() {
        String invitee = uniqueEmail("view-new");
        signInAs(shop.email());
        navigate("merchant/staff");

        invite(invitee, Set.of(StaffPermission.PRODUCTS, StaffPermission.DASHBOARD));

        assertThat(_get(TextField.class, spec -> spec.withId("invite-link")).getValue())
                .contains("account/staff-invitations?token=");
        assertThat(staffRows()).singleElement().satisfies(row -> assertThat(row).contains(invitee));
    }

    @Test
    void the_invite_dialog_refuses_bad_input_in_words_and_writes_nothing() {
        TestStaff.Member member = people.join(shop.email(), StaffPermission.ORDERS);
        signInAs(shop.email());
        navigate("merchant/staff");
        _click(_get(Button.class, spec -> spec.withText("邀请员工")));

        assertDialogError("not-an-address", Set.of(StaffPermission.ORDERS), "邮箱", "请输入有效的邮箱地址。");
        assertDialogError(uniqueEmail("none"), Set.of(), "权限", "请至少选择一项权限。");
        assertDialogError(shop.email(), Set.of(StaffPermission.ORDERS), "邮箱", "不能邀请自己。");
        assertDialogError(member.email(), Set.of(StaffPermission.PRODUCTS), "邮箱", "该邮箱已是本店员工，可直接修改其权限。");

        actAs(shop.email());
        assertThat(staff.countMyStaff()).isEqualTo(1);
        assertThat(staff.myStaff(0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.permissions()).containsExactly(StaffPermission.ORDERS));
    }

    @Test
    void a_staff_member_with_orders_sees_only_the_home_and_orders_and_is_refused_the_rest() {
        TestStaff.Member clerk = people.join(shop.email(), StaffPermission.ORDERS);
        signInAs(clerk.email());
        navigate("merchant");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MerchantHomeView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .containsExactlyInAnyOrder("店铺首页", "订单发货");
        assertThat(opens("merchant/orders")).isTrue();
        for (String route : List.of(
                "merchant/products",
                "merchant/products/new",
                "merchant/settlement",
                "merchant/staff",
                "merchant/onboarding")) {
            assertThat(opens(route)).as(route).isFalse();
        }
    }

    @Test
    void an_invited_account_accepts_from_its_invitations_page() {
        String invitee = people.shopper("view-accept");
        actAs(shop.email());
        staff.invite(invitee, EnumSet.of(StaffPermission.PRODUCTS));
        signInAs(invitee);
        navigate("account/staff-invitations");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(StaffInvitationsView.class);
        _click(_get(Button.class, spec -> spec.withText("接受邀请")));

        signInAs(invitee);
        assertThat(opens("merchant/products")).isTrue();
        assertThat(opens("merchant/orders")).isFalse();
    }

    private void invite(String email, Set<StaffPermission> permissions) {
        _click(_get(Button.class, spec -> spec.withText("邀请员工")));
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email);
        _setValue(permissionsField(), permissions);
        _click(_get(Button.class, spec -> spec.withText("发送邀请")));
    }

    private void assertDialogError(String email, Set<StaffPermission> permissions, String label, String message) {
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email);
        _setValue(permissionsField(), permissions);
        _click(_get(Button.class, spec -> spec.withText("发送邀请")));
        if (label.equals("邮箱")) {
            EmailField field = _get(EmailField.class, spec -> spec.withLabel("邮箱"));
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(message);
        } else {
            assertThat(permissionsField().isInvalid()).isTrue();
            assertThat(permissionsField().getErrorMessage()).isEqualTo(message);
        }
        assertThat(_get(EmailField.class, spec -> spec.withLabel("邮箱")).getValue())
                .as("what was typed stays")
                .isEqualTo(email);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<StaffPermission> permissionsField() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("权限"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffMember> staffGrid() {
        return _get(Grid.class, spec -> spec.withId("merchant-staff"));
    }

    private static List<List<String>> staffRows() {
        Grid<StaffMember> grid = staffGrid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .toList();
    }

    /** Whether the view of the route opens (rather than the refusal or another page). */
    private static boolean opens(String route) {
        try {
            navigate(route);
        } catch (RuntimeException denied) {
            if (denied.getClass().getSimpleName().contains("AccessDenied")) {
                return false;
            }
            throw denied;
        }
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Class<?> shown = chain.getFirst().getClass();
        return shown != AccessDeniedView.class
                && com.vaadin.flow.router.RouteConfiguration.forApplicationScope()
                        .getRoute(route)
                        .filter(target -> target == shown)
                        .isPresent();
    }
}
