package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A company signs up to sell: a failed submit can be corrected, and sign-in then needs only the password. */
class MerchantSignUpJourneyTest extends BrowserTest {

    @Test
    void a_company_corrects_a_failed_sign_up_then_signs_in_with_its_e_mail_already_typed() {
        String email = uniqueEmail("signup-journey");
        page.navigate("/merchant-signup");
        settle();
        page.getByLabel("店铺名称").fill("浏览器入驻店" + UUID.randomUUID().toString().substring(0, 6));
        page.getByLabel("主营类目").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("数码"))
                .first()
                .click();
        page.getByLabel("公司名称（与营业执照一致）").fill("浏览器入驻科技有限公司");
        page.getByLabel("统一社会信用代码").fill(TestMerchants.uniqueCreditCode());
        page.getByLabel("法定代表人").fill("王法人");
        page.getByLabel("联系电话").fill("13800138000");
        page.getByLabel("邮箱").fill(email);
        page.getByLabel("联系人姓名").fill("店主");
        page.getByLabel("密码").fill("good password 1");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交入驻申请"));

        submit.click();
        settle();
        assertThat(page.getByText("请阅读并同意隐私政策。").first()).isVisible();
        assertThat(submit).isEnabled();
        shot("refused");

        page.getByRole(AriaRole.CHECKBOX).check();
        submit.click();
        page.waitForURL(url -> url.contains("/login"));
        settle();
        assertThat(page.getByText("注册成功，请登录")).isVisible();
        Locator form = page.locator("vaadin-login-form");
        assertThat(form.getByLabel("邮箱")).hasValue(email);
        shot("sign-in");
        form.getByLabel("密码").fill("good password 1");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
        passSecondFactor(email); // a merchant owner is staff: an authenticator app before the portal opens
        page.waitForURL(url -> url.contains("/merchant/onboarding"));
        settle();
        assertThat(page.locator("#onboarding-stage")).hasText("资料待补充");
        assertThat(page.getByLabel("执照上的企业名称")).hasValue("浏览器入驻科技有限公司");
        shot("onboarding");
    }
}
