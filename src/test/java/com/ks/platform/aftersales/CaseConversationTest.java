package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.TestMerchants;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's conversation: the shopper and the merchant write to each other, the platform joins once asked to step in;
 * nobody else reads or writes (guessed ids are not found), files are checked like evidence, an ended case takes no new
 * messages, and the other parties are told.
 */
class CaseConversationTest extends AfterSalesTestSupport {

    @Autowired
    CaseConversation conversation;

    @Autowired
    NotificationService notifications;

    @Test
    void the_shopper_and_the_merchant_write_to_each_other_oldest_first_and_each_is_told() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);

        write(purchase.shopper(), caseId, Actor.SHOPPER, "  屏幕有亮点，附照片  ", List.of(TestMerchants.png()));
        write(purchase.shop(), caseId, Actor.MERCHANT, "收到，请寄回检测", List.of());

        CaseThread thread = as(purchase.shopper(), () -> conversation.read(caseId, Actor.SHOPPER));
        assertThat(thread.open()).isTrue();
        assertThat(thread.messages()).extracting(CaseMessage::text).containsExactly("屏幕有亮点，附照片", "收到，请寄回检测");
        assertThat(thread.messages()).extracting(CaseMessage::author).containsExactly(Actor.SHOPPER, Actor.MERCHANT);
        assertThat(thread.messages().getFirst().attachments())
                .singleElement()
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("image/png"));
        assertThat(thread.messages().getLast().authorName()).isNotBlank();
        assertThat(noticesOf(purchase.shop())).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.aftersalesMessage.SHOPPER");
            assertThat(n.link()).isEqualTo(AfterSalesRoutes.merchantCase(caseId));
        });
        assertThat(noticesOf(purchase.shopper())).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.aftersalesMessage.MERCHANT");
            assertThat(n.link()).isEqualTo(AfterSalesRoutes.myCase(caseId));
        });
        assertThat(caseOf(purchase, caseId).timeline()).hasSize(1);
    }

    @Test
    void a_blank_or_too_long_message_and_more_than_three_files_are_refused_and_nothing_is_written() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);

        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.SHOPPER, "   ", List.of()))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("text"))
                .isEqualTo("error.aftersales.messageRequired");
        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.SHOPPER, "长".repeat(1001), List.of()))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("text"))
                .isEqualTo("error.aftersales.messageTooLong");
        byte[] png = TestMerchants.png();
        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.SHOPPER, "四张图", List.of(png, png, png, png)))
                .isInstanceOf(RuleViolated.class);

        write(purchase.shopper(), caseId, Actor.SHOPPER, "长".repeat(1000), List.of(png, png, png));
        assertThat(messages(purchase.shopper(), caseId, Actor.SHOPPER)).hasSize(1);
    }

    @Test
    void a_disguised_or_oversized_attachment_is_refused_with_the_evidence_rules() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[AfterSalesService.MAX_EVIDENCE_BYTES + 1];
        System.arraycopy(TestMerchants.png(), 0, huge, 0, TestMerchants.png().length);

        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.SHOPPER, "截图", List.of(script)))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("evidence"))
                .isEqualTo("error.aftersales.fileType");
        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.SHOPPER, "大图", List.of(huge)))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("evidence"))
                .isEqualTo("error.aftersales.fileTooLarge");
        assertThat(messages(purchase.shopper(), caseId, Actor.SHOPPER)).isEmpty();
    }

    @Test
    void another_shopper_and_another_merchant_can_neither_read_nor_write_by_a_guessed_case_id() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        String stranger = newShopper();
        String otherShop = newShop();

        assertThatThrownBy(() -> as(stranger, () -> conversation.read(caseId, Actor.SHOPPER)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> write(stranger, caseId, Actor.SHOPPER, "我也想看看", List.of()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(otherShop, () -> conversation.read(caseId, Actor.MERCHANT)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> write(otherShop, caseId, Actor.MERCHANT, "冒充商家", List.of()))
                .isInstanceOf(NotFound.class);
        // the shopper cannot write as the merchant of their own case either
        assertThatThrownBy(() -> write(purchase.shopper(), caseId, Actor.MERCHANT, "冒充商家", List.of()))
                .isInstanceOf(NotFound.class);
        assertThat(messages(purchase.shopper(), caseId, Actor.SHOPPER)).isEmpty();
    }

    @Test
    void an_attached_file_is_served_to_the_cases_parties_only() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        write(purchase.shopper(), caseId, Actor.SHOPPER, "发票", List.of(TestMerchants.pdf()));
        UUID fileId = messages(purchase.shopper(), caseId, Actor.SHOPPER)
                .getFirst()
                .attachments()
                .getFirst()
                .id();

        assertThat(as(purchase.shopper(), () -> conversation.attachment(fileId)))
                .isPresent();
        assertThat(as(purchase.shop(), () -> conversation.attachment(fileId)))
                .hasValueSatisfying(file -> assertThat(file.contentType()).isEqualTo("application/pdf"));
        assertThat(as(newShopper(), () -> conversation.attachment(fileId))).isEmpty();
        assertThat(as(newShop(), () -> conversation.attachment(fileId))).isEmpty();
        // not escalated: the platform is not a party yet
        assertThat(as(PlatformDecisionsTest.AGENT, () -> conversation.attachment(fileId)))
                .isEmpty();
    }

    @Test
    void an_agent_joins_the_conversation_only_once_the_case_was_escalated_and_both_parties_are_told() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        write(purchase.shopper(), caseId, Actor.SHOPPER, "商品未拆封", List.of());

        assertThatThrownBy(() -> as(PlatformDecisionsTest.AGENT, () -> conversation.read(caseId, Actor.PLATFORM)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> write(PlatformDecisionsTest.AGENT, caseId, Actor.PLATFORM, "你好", List.of()))
                .isInstanceOf(NotAllowed.class);

        run(purchase.shop(), () -> service.refuse(caseId, "已拆封"));
        run(purchase.shopper(), () -> service.askPlatform(caseId, "未拆封"));
        write(PlatformDecisionsTest.AGENT, caseId, Actor.PLATFORM, "请商家提供拆封照片", List.of());
        write(purchase.shopper(), caseId, Actor.SHOPPER, "谢谢", List.of());

        assertThat(messages(PlatformDecisionsTest.AGENT, caseId, Actor.PLATFORM))
                .extracting(CaseMessage::author)
                .containsExactly(Actor.SHOPPER, Actor.PLATFORM, Actor.SHOPPER);
        assertThat(noticesOf(purchase.shopper()))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.aftersalesMessage.PLATFORM"));
        assertThat(noticesOf(purchase.shop()))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.aftersalesMessage.PLATFORM"));
        assertThat(noticesOf(PlatformDecisionsTest.AGENT)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.aftersalesMessage.SHOPPER");
            assertThat(n.link()).isEqualTo(AfterSalesRoutes.platformCase(caseId));
        });
    }

    @Test
    void an_ended_case_keeps_its_messages_but_takes_no_new_ones() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        write(purchase.shopper(), caseId, Actor.SHOPPER, "不想要了", List.of());
        run(purchase.shopper(), () -> service.withdraw(caseId));

        assertThatThrownBy(() -> write(purchase.shop(), caseId, Actor.MERCHANT, "好的", List.of()))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.aftersales.conversationClosed");
        CaseThread thread = as(purchase.shop(), () -> conversation.read(caseId, Actor.MERCHANT));
        assertThat(thread.open()).isFalse();
        assertThat(thread.messages()).extracting(CaseMessage::text).containsExactly("不想要了");
    }

    private void write(String email, UUID caseId, Actor side, String text, List<byte[]> files) {
        run(email, () -> conversation.write(caseId, side, text, files));
    }

    private List<CaseMessage> messages(String email, UUID caseId, Actor side) {
        return as(email, () -> conversation.read(caseId, side)).messages();
    }

    private List<Notice> noticesOf(String email) {
        return as(email, () -> notifications.myNotices(0, 50));
    }
}
