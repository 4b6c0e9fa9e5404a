package com.ks.platform.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.ks.jooq.Tables.IDENTITY_CONSENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.privacy.ui.PolicyAcceptView;
import com.ks.platform.privacy.ui.PrivacyCentreView;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 隐私中心: what is held, the copy (PIPL art. 45), corrections (art. 46), consents (art. 15) and policy versions. */
class PrivacyCentreTest extends PrivacyTestSupport {

    @Autowired
    PrivacyCentre centre;

    @Autowired
    AccountPrivacy privacy;

    @Test
    void the_centre_counts_what_is_held_by_category_and_the_json_copy_holds_only_the_shoppers_own_data() {
        Person me = newPerson();
        Person other = newPerson();
        placeOrder(me);
        signInAs(me.email());
        navigate("account/privacy");

        @SuppressWarnings("unchecked")
        Grid<com.ks.platform.shared.PersonalData.Category> grid =
                _get(Grid.class, spec -> spec.withId("privacy-categories"));
        var categories = GridKt._findAll(grid).stream()
                .collect(java.util.stream.Collectors.toMap(
                        c -> c.name(), c -> c.records().size()));
        assertThat(categories)
                .containsEntry("addresses", 1)
                .containsEntry("orders", 1)
                .containsEntry("favourites", 1)
                .containsEntry("profile", 1);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("privacy-empty-categories"))
                        .getText())
                .contains("暂无记录", "评价", "客服工单", "售后申请", "支付记录");

        String json = new String(centre.myDataAsJson(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"addresses\"", me.street(), me.mobile(), me.email())
                .doesNotContain(other.street(), other.mobile(), other.email());
    }

    @Test
    void the_copy_cannot_be_asked_for_someone_else_since_no_door_takes_an_account_id() {
        assertThat(Arrays.stream(PrivacyCentre.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()))
                        .flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .doesNotContain(UUID.class);
        assertThatThrownBy(centre::myData)
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_shopper_corrects_their_name_and_an_empty_name_is_refused_without_saving() {
        Person me = newPerson();
        signInAs(me.email());
        navigate("account/privacy");
        TextField name = _get(TextField.class, spec -> spec.withLabel("昵称"));
        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withText("保存昵称")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(accountQueries.findById(me.accountId()).orElseThrow().displayName())
                .isEqualTo(me.name());

        _setValue(name, "新昵称");
        _click(_get(Button.class, spec -> spec.withText("保存昵称")));
        assertThat(name.isInvalid()).isFalse();
        assertThat(accountQueries.findById(me.accountId()).orElseThrow().displayName())
                .isEqualTo("新昵称");
    }

    @Test
    void marketing_consents_are_given_and_withdrawn_per_channel_and_each_change_is_kept() {
        Person me = newPerson();
        signInAs(me.email());
        navigate("account/privacy");
        Checkbox sms = _get(Checkbox.class, spec -> spec.withLabel("通过短信接收营销信息"));
        assertThat(sms.getValue()).isFalse();
        _setValue(sms, true);
        _setValue(sms, false);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("通过邮件接收营销信息")), true);

        actAs(me.email());
        assertThat(accountQueries.myConsents())
                .containsEntry(ConsentPurpose.MARKETING_SMS, false)
                .containsEntry(ConsentPurpose.MARKETING_EMAIL, true)
                .doesNotContainKey(ConsentPurpose.MARKETING_MESSAGE);
        assertThat(db.fetchCount(
                        IDENTITY_CONSENT,
                        IDENTITY_CONSENT
                                .ACCOUNT_ID
                                .eq(me.accountId())
                                .and(IDENTITY_CONSENT.PURPOSE.eq(ConsentPurpose.MARKETING_SMS.name()))))
                .isEqualTo(2);
        assertThatThrownBy(() -> privacy.changeMyConsent(ConsentPurpose.PRIVACY_POLICY, false))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void after_the_policy_changes_a_signed_in_shopper_is_asked_again_before_going_on() {
        Person me = newPerson();
        // the person accepted an older version only, as after a policy update
        db.deleteFrom(IDENTITY_CONSENT)
                .where(IDENTITY_CONSENT.ACCOUNT_ID.eq(me.accountId()))
                .and(IDENTITY_CONSENT.PURPOSE.eq(ConsentPurpose.PRIVACY_POLICY.name()))
                .execute();
        db.insertInto(IDENTITY_CONSENT)
                .set(IDENTITY_CONSENT.ID, Ids.newId())
                .set(IDENTITY_CONSENT.ACCOUNT_ID, me.accountId())
                .set(IDENTITY_CONSENT.PURPOSE, ConsentPurpose.PRIVACY_POLICY.name())
                .set(IDENTITY_CONSENT.POLICY_VERSION, "2020-01")
                .set(IDENTITY_CONSENT.GRANTED, true)
                .set(IDENTITY_CONSENT.RECORDED_AT, Instant.now().minusSeconds(60))
                .execute();
        signInAs(me.email());
        navigate("orders");
        _get(PolicyAcceptView.class);
        navigate("privacy-policy");
        _get(com.ks.platform.privacy.ui.PrivacyPolicyView.class);

        navigate("account/privacy");
        _get(PolicyAcceptView.class);
        _click(_get(Button.class, spec -> spec.withText("同意并继续")));

        _get(PrivacyCentreView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("account/privacy");
        actAs(me.email());
        assertThat(privacy.mustAcceptPolicy()).isFalse();
    }

    @Test
    void the_policy_lists_the_retention_periods_the_job_uses() {
        navigate("privacy-policy");
        String text = _get(com.ks.platform.privacy.ui.PrivacyPolicyView.class)
                .getElement()
                .getTextRecursively();
        assertThat(text).contains("行为事件（浏览、搜索、加购）：180 天", "登录记录：90 天", "冷静期：15 天");
    }
}
