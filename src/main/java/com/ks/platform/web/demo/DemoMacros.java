package com.ks.platform.web.demo;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.support.macros.SaveMacro;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The team's 快捷回复, written by the demo lead once the demo accounts exist (after the seeder's run): the replies
 * agents send every day, in Chinese and English.
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoMacros {

    private static final String LEAD = "lead@ks.demo";

    private final Macros macros;
    private final AccountQueries accounts;

    DemoMacros(Macros macros, AccountQueries accounts) {
        this.macros = macros;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        accounts.findByEmail(LEAD)
                .ifPresent(lead -> DemoDataSeeder.runAs(lead, "客服主管 孙悦", Set.of(Role.CS_AGENT, Role.CS_LEAD), () -> {
                    if (macros.all().isEmpty()) {
                        MACROS.forEach(macros::save);
                    }
                    return null;
                }));
    }

    private static final List<SaveMacro> MACROS = List.of(
            zh("问候", "{姓名}您好，我是客服{客服}，很高兴为您服务。您的工单 {工单号} 我们已收到，正在为您处理。"),
            zh("催发货", "{姓名}您好，您的订单 {订单号} 我们已联系{商家}尽快安排发货，发货后您会在消息中心收到物流通知，请留意。"),
            zh("退款进度", "{姓名}您好，订单 {订单号} 的退款已提交，将原路退回，一般 1–3 个工作日到账（信用卡最长 7 个工作日）。"),
            zh("请补充信息", "{姓名}您好，为了尽快为您处理，请补充商品问题的照片（含外包装和快递面单）以及问题的具体描述，收到后我们会第一时间跟进。"),
            zh("七天无理由退货", "{姓名}您好，订单 {订单号} 中的商品支持 7 天无理由退货（签收次日起算）。请在订单详情页点击“申请售后”并选择“退货退款”，寄回时请保持商品完好、配件齐全。"),
            zh("质量问题", "{姓名}您好，非常抱歉商品给您带来不便。质量问题的退货运费由{商家}承担，请在售后申请中上传照片，我们会督促商家在 48 小时内处理。"),
            zh("平台介入结果", "{姓名}您好，平台已复核工单 {工单号} 涉及的售后申请，处理结果和理由已发送到您的消息中心；如有疑问，可直接回复本工单。"),
            zh("结束语", "感谢您的耐心等待！如还有其他问题，欢迎随时联系我们。祝您生活愉快。——客服{客服}"),
            en(
                    "Greeting",
                    "Hello {name}, this is {agent} from Ks customer service. We have received ticket {ticketNo} and are looking into it."),
            en(
                    "Refund timing",
                    "Hello {name}, the refund for order {orderNo} has been sent back to your original payment method; it usually arrives within 1–3 business days (up to 7 for credit cards)."),
            en(
                    "Ask for photos",
                    "Hello {name}, to help you quickly, could you send photos of the item, its packaging and the shipping label, and describe the problem? We will follow up as soon as we receive them."),
            en(
                    "Closing",
                    "Thank you for your patience. If there is anything else, just reply to this ticket. — {agent}"));

    private static SaveMacro zh(String title, String body) {
        return new SaveMacro(null, title, MacroLanguage.ZH, body);
    }

    private static SaveMacro en(String title, String body) {
        return new SaveMacro(null, title, MacroLanguage.EN, body);
    }
}
