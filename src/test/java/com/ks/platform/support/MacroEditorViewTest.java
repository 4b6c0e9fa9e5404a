package com.ks.platform.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.Macros;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MacroEditorViewTest extends KaribuTest {

    @Autowired
    Macros macros;

    @Test
    void a_lead_writes_a_macro_and_a_misspelt_placeholder_is_pointed_out_next_to_the_reply() {
        signInAs(MacrosTest.LEAD);
        navigate(DeskRoutes.MACROS);
        String title = MacrosTest.unique("物流查询");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), title);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("回复内容"));
        _setValue(body, "{姓名}您好，订单 {订单编码} 已由{商家}发出。");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("不认识的占位符", "{订单编码}");
        assertThat(body.getValue()).as("nothing typed is lost").contains("{订单编码}");
        assertThat(macros.all()).noneMatch(m -> m.title().equals(title));

        _setValue(body, "{姓名}您好，订单 {订单号} 已由{商家}发出。");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(macros.all()).anyMatch(m -> m.title().equals(title) && m.language() == MacroLanguage.ZH);
    }
}
