package com.ks.platform.payment.ui;

import com.ks.platform.credit.CreditService;
import com.ks.platform.credit.InstallmentOptions;
import com.ks.platform.credit.InstallmentSchedule;
import com.ks.platform.credit.ui.InstallmentScheduleGrid;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 先用后付 on the cashier page: what is available, the choice of one period or 3/6/12 installments (from the minimum
 * amount), the full schedule of the chosen plan — due dates, principal, fee, total — and only then the confirm button
 * (Consumer Protection Law art. 20: every cost is shown before the shopper agrees).
 */
class CreditPayPanel extends Div {

    private final Div schedule = new Div();
    private final RadioButtonGroup<InstallmentSchedule> plans = new RadioButtonGroup<>();
    private final Button confirm = new Button();

    CreditPayPanel(
            CreditService credit,
            PaymentService payments,
            RiskControl risk,
            UUID checkoutId,
            long amountFen,
            Consumer<UUID> paid) {
        addClassName("ks-credit-pay");
        setId("credit-pay");
        InstallmentOptions options = credit.installmentOptions(amountFen);
        Paragraph available = new Paragraph(getTranslation(
                "credit.pay.available", Formats.money(options.credit().availableFen(), getLocale())));
        available.setId("credit-pay-available");
        add(available);
        if (options.credit().frozen() || options.credit().limitFen() == 0) {
            Paragraph why = new Paragraph(getTranslation(
                    options.credit().frozen()
                            ? "credit.frozen"
                            : options.credit().standing().messageKey()));
            why.addClassName("ks-error-text");
            add(why);
            return;
        }
        plans.setLabel(getTranslation("credit.pay.choose"));
        plans.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        plans.setItems(options.choices());
        plans.setItemLabelGenerator(this::label);
        plans.setValue(options.choices().getFirst());
        plans.addValueChangeListener(change -> showSchedule(change.getValue()));
        Paragraph minimum =
                new Paragraph(getTranslation("credit.pay.minimum", Formats.money(options.minAmountFen(), getLocale())));
        minimum.addClassName("ks-muted");
        confirm.setText(getTranslation("credit.pay.confirm"));
        confirm.setId("credit-pay-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> RiskAwarePay.attempt(
                risk,
                confirm,
                client -> payments.payWithCredit(checkoutId, plans.getValue().periods(), client),
                payment -> paid.accept(payment.id())));
        add(plans, minimum, schedule, confirm);
        showSchedule(plans.getValue());
    }

    private String label(InstallmentSchedule plan) {
        if (plan.periods() == 1) {
            return getTranslation(
                    "credit.pay.once",
                    Formats.money(plan.totalFen(), getLocale()),
                    plan.lines().getFirst().dueDate().toString());
        }
        return getTranslation(
                "credit.pay.plan",
                plan.periods(),
                Formats.money(plan.lines().getLast().totalFen(), getLocale()),
                Formats.money(plan.feeFen(), getLocale()));
    }

    private void showSchedule(InstallmentSchedule plan) {
        schedule.removeAll();
        if (plan == null) {
            return;
        }
        Paragraph totals = new Paragraph(getTranslation(
                "credit.pay.totals",
                Formats.money(plan.totalFen(), getLocale()),
                Formats.money(plan.feeFen(), getLocale()),
                plan.feeRate()
                        .multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros()
                        .toPlainString()));
        totals.setId("credit-pay-totals");
        InstallmentScheduleGrid grid = new InstallmentScheduleGrid(plan.lines());
        grid.setId("credit-pay-schedule");
        schedule.add(totals, grid);
    }
}
