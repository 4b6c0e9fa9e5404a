package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conversation on the case pages: the shopper writes, the merchant reads and answers, the agent joins later. */
class CaseConversationPagesTest extends AfterSalesTestSupport {

    @Test
    void the_shopper_writes_on_the_case_page_and_the_merchant_answers_on_theirs() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);
        assertThat(pageText()).contains("留言", "还没有留言");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("留言内容（最多 1000 字）")), "屏幕左上角有亮点");
        _click(_get(Button.class, spec -> spec.withText("发送留言")));

        assertThat(pageText()).contains("买家 · ", "屏幕左上角有亮点").doesNotContain("还没有留言");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("留言内容（最多 1000 字）"))
                        .getValue())
                .isEmpty();

        signInAs(purchase.shop());
        navigate("merchant/after-sales/" + caseId);
        assertThat(pageText()).contains("屏幕左上角有亮点");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("留言内容（最多 1000 字）")), "请寄回，我们检测后处理");
        _click(_get(Button.class, spec -> spec.withText("发送留言")));
        assertThat(pageText()).contains("商家 · ", "请寄回，我们检测后处理");
    }

    @Test
    void a_refused_message_keeps_what_was_typed_and_says_why() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);

        TextArea text = _get(TextArea.class, spec -> spec.withLabel("留言内容（最多 1000 字）"));
        _setValue(text, "   ");
        _click(_get(Button.class, spec -> spec.withText("发送留言")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("请填写留言内容");
        assertThat(pageText()).contains("还没有留言");
    }

    @Test
    void an_agent_sees_why_they_cannot_write_before_escalation_and_writes_after_it() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        signInAs(PlatformDecisionsTest.AGENT);
        navigate("workbench/after-sales/" + caseId);
        assertThat(pageText()).contains("平台介入后，客服才能查看和参与此售后单的留言");

        run(purchase.shop(), () -> service.refuse(caseId, "已拆封"));
        run(purchase.shopper(), () -> service.askPlatform(caseId, "未拆封"));
        signInAs(PlatformDecisionsTest.AGENT);
        navigate("workbench/after-sales/" + caseId);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("留言内容（最多 1000 字）")), "请商家上传拆封照片");
        _click(_get(Button.class, spec -> spec.withText("发送留言")));

        assertThat(pageText()).contains("平台 · ", "请商家上传拆封照片");
    }

    @Test
    void a_withdrawn_case_shows_its_messages_without_a_composer() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shopper(), () -> {
            context.getBean(CaseConversation.class)
                    .write(caseId, CaseDetails.Actor.SHOPPER, "拍错了", java.util.List.of());
            service.withdraw(caseId);
        });
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);

        assertThat(pageText()).contains("拍错了", "售后已结束，不能再留言").doesNotContain("发送留言");
    }
}
