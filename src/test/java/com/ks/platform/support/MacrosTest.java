package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.MacroPlaceholder;
import com.ks.platform.support.macros.MacroValues;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.support.macros.SaveMacro;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MacrosTest extends KsIntegrationTest {

    static final String LEAD = "lead@ks.demo";
    static final String AGENT = "agent@ks.demo";

    @Autowired
    Macros macros;

    @Test
    void a_macro_is_rendered_with_the_tickets_values_in_chinese_and_english_placeholders() {
        actAs(LEAD);
        UUID id = macros.save(
                new SaveMacro(null, unique("催发货"), MacroLanguage.ZH, "{姓名}您好，订单 {订单号}（{orderNo}）已催{商家}发货。"));
        actAs(AGENT);
        String reply = macros.render(
                id,
                MacroValues.none()
                        .with(MacroPlaceholder.NAME, "李明")
                        .with(MacroPlaceholder.ORDER_NO, "KS20261203A1")
                        .with(MacroPlaceholder.SHOP, "数码优选旗舰店"));
        assertThat(reply).isEqualTo("李明您好，订单 KS20261203A1（KS20261203A1）已催数码优选旗舰店发货。");
    }

    @Test
    void a_placeholder_the_ticket_cannot_fill_stays_visible_for_the_agent_to_complete() {
        actAs(LEAD);
        UUID id =
                macros.save(new SaveMacro(null, unique("Refund"), MacroLanguage.EN, "Hello {name}, order {orderNo}."));
        actAs(AGENT);
        assertThat(macros.render(id, MacroValues.none().with(MacroPlaceholder.NAME, "Li Ming")))
                .isEqualTo("Hello Li Ming, order {orderNo}.");
    }

    @Test
    void a_macro_with_an_unknown_placeholder_is_refused_naming_it_and_nothing_is_saved() {
        actAs(LEAD);
        String title = unique("错字");
        assertThatThrownBy(() -> macros.save(
                        new SaveMacro(null, title, MacroLanguage.ZH, "{姓名}您好，订单 {订单编号} 和 {orderNumber} 已发货")))
                .isInstanceOfSatisfying(RuleViolated.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.macro.unknownPlaceholder");
                    assertThat(refused.arguments()).containsExactly("{订单编号}、{orderNumber}");
                });
        assertThat(macros.all()).noneMatch(m -> m.title().equals(title));
    }

    @Test
    void two_macros_of_one_language_cannot_share_a_title_but_each_language_may_have_its_own() {
        actAs(LEAD);
        String title = unique("Greeting");
        macros.save(new SaveMacro(null, title, MacroLanguage.EN, "Hello {name}"));
        macros.save(new SaveMacro(null, title, MacroLanguage.ZH, "{姓名}您好"));
        assertThatThrownBy(() -> macros.save(new SaveMacro(null, title, MacroLanguage.EN, "Hi {name}")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("title", "error.macro.titleTaken"));
    }

    @Test
    void agents_use_macros_but_only_leads_write_or_delete_them() {
        actAs(LEAD);
        UUID id = macros.save(new SaveMacro(null, unique("结束语"), MacroLanguage.ZH, "感谢您的耐心等待"));
        actAs(AGENT);
        assertThat(macros.all()).anyMatch(m -> m.id().equals(id));
        assertThatThrownBy(() -> macros.save(new SaveMacro(id, "改掉", MacroLanguage.ZH, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> macros.delete(id)).isInstanceOf(AccessDeniedException.class);
        actAs("shopper@ks.demo");
        assertThatThrownBy(() -> macros.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_team_has_macros_in_both_languages() {
        actAs(AGENT);
        assertThat(macros.in(MacroLanguage.ZH)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(macros.in(MacroLanguage.EN)).isNotEmpty();
    }

    static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
