package com.ks.platform.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ui.HomeView;
import com.ks.platform.compliance.ui.ComplianceHomeView;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.ui.AccountsView;
import com.ks.platform.merchant.ui.MerchantHomeView;
import com.ks.platform.merchant.ui.OnboardingStatusView;
import com.ks.platform.support.ui.WorkbenchHomeView;
import com.ks.platform.ui.MessageBellLink;
import com.ks.platform.ui.StorefrontLayout;
import com.ks.platform.web.layout.AdminLayout;
import com.ks.platform.web.layout.ComplianceLayout;
import com.ks.platform.web.layout.MerchantLayout;
import com.ks.platform.web.layout.WorkbenchLayout;
import com.ks.platform.web.ui.AdminHomeView;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each surface, opened by its role, shows its own layout, navigation and home — in Chinese unless chosen otherwise. */
class SurfacesTest extends KaribuTest {

    @Test
    void a_visitor_sees_the_storefront_with_the_trading_demo_shops_and_no_pending_ones() {
        navigate("");
        _assertOne(HomeView.class);
        _assertOne(StorefrontLayout.class);
        _assertOne(H3.class, spec -> spec.withText("数码优选旗舰店"));
        assertThat(_find(H3.class, spec -> spec.withText("潮流衣橱工作室")))
                .as("a merchant still waiting for review is not shown to shoppers")
                .isEmpty();
        _assertOne(Button.class, spec -> spec.withText("登录"));
        _assertOne(Button.class, spec -> spec.withText("English"));
    }

    @Test
    void a_visitor_can_switch_the_storefront_to_english() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("English")));
        navigate("login");
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        _assertOne(Button.class, spec -> spec.withText("Sign in"));
        _assertOne(H2.class, spec -> spec.withText("Shops on Ks"));
    }

    @Test
    void a_shopper_sees_the_storefront_with_an_account_menu_instead_of_sign_in() {
        signInAs("shopper@ks.demo");
        navigate("");
        _assertOne(HomeView.class);
        _assertOne(Span.class, spec -> spec.withText("李明"));
        assertThat(_find(Button.class, spec -> spec.withText("登录"))).isEmpty();
    }

    @Test
    void an_approved_merchant_opens_the_merchant_portal_home() {
        signInAs("merchant@ks.demo");
        navigate("merchant");
        _assertOne(MerchantLayout.class);
        _assertOne(MerchantHomeView.class);
        _assertOne(H2.class, spec -> spec.withText("欢迎回来，数码优选旗舰店"));
        _assertOne(SideNavItem.class, spec -> spec.withPredicate(item -> "店铺首页".equals(item.getLabel())));
        _assertOne(Button.class, spec -> spec.withText("退出"));
    }

    @Test
    void a_merchant_waiting_for_review_sees_only_its_onboarding_status() {
        signInAs("fashion@ks.demo");
        navigate("merchant");
        _assertOne(OnboardingStatusView.class);
        _assertOne(Span.class, spec -> spec.withText("审核中"));
    }

    @Test
    void a_service_agent_opens_the_workbench() {
        signInAs("agent@ks.demo");
        navigate("workbench");
        _assertOne(WorkbenchLayout.class);
        _assertOne(WorkbenchHomeView.class);
        _assertOne(H2.class, spec -> spec.withText("你好，客服 刘洋"));
    }

    @Test
    void a_compliance_officer_sees_merchants_waiting_for_review() {
        signInAs("compliance@ks.demo");
        navigate("compliance");
        _assertOne(ComplianceLayout.class);
        _assertOne(ComplianceHomeView.class);
        @SuppressWarnings("unchecked")
        Grid<com.ks.platform.merchant.MerchantSummary> queue = _get(Grid.class);
        var stores = GridKt._fetch(queue, 0, 50).stream()
                .map(com.ks.platform.merchant.MerchantSummary::storeName)
                .toList();
        assertThat(stores).contains("潮流衣橱工作室", "贝贝母婴之家").doesNotContain("数码优选旗舰店");
    }

    @Test
    void an_administrator_sees_the_overview_and_finds_accounts() {
        signInAs("admin@ks.demo");
        navigate("admin");
        _assertOne(AdminLayout.class);
        _assertOne(AdminHomeView.class);
        _assertOne(SideNavItem.class, spec -> spec.withPredicate(item -> "账户管理".equals(item.getLabel())));
        _assertOne(H3.class, spec -> spec.withText("各角色账户数"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_for_a_staff_surface() {
        navigate("admin");
        _assertOne(LoginView.class);
    }

    @Test
    void the_account_list_finds_an_account_by_its_whole_email_and_shows_it_masked() {
        signInAs("admin@ks.demo");
        navigate("admin/accounts");
        _assertOne(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountDetails> grid = _get(Grid.class);
        // the e-mail is encrypted at rest: a part of it finds nothing, the whole address (any case) finds the account
        _setValue(_get(TextField.class), "wangfang@");
        assertThat(GridKt._fetch(grid, 0, 20)).isEmpty();
        _setValue(_get(TextField.class), "WangFang@ks.demo");
        assertThat(GridKt._fetch(grid, 0, 20))
                .extracting(AccountDetails::displayName)
                .containsExactly("王芳");
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("王*", "w***@ks.demo")
                .doesNotContain("王芳");
    }

    @Autowired
    com.ks.platform.notification.NotificationService notices;

    @Autowired
    com.ks.platform.identity.AccountQueries accountQueries;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_merchant_with_unread_notices_sees_their_number_in_the_top_bar_and_reading_them_clears_it() {
        var sports = accountQueries.findByEmail("sports@ks.demo").orElseThrow();
        signInAs("sports@ks.demo");
        notices.markAllMineRead();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // notices are sent inside the deciding service's transaction
            notices.send(sports, "notice.decision.APPROVED", "跃动运动户外");
            notices.send(sports, "notice.decision.APPROVED", "跃动运动户外");
        });

        navigate("merchant");
        MessageBellLink bell = _get(MessageBellLink.class);
        assertThat(bell.shownCount()).isEqualTo("2");
        assertThat(bell.getElement().getAttribute("aria-label")).contains("2 条未读");
        assertThat(bell.getHref()).isEqualTo("account/messages");

        notices.markAllMineRead();
        navigate("merchant/products");
        assertThat(_get(MessageBellLink.class).shownCount()).isEmpty();
    }
}
