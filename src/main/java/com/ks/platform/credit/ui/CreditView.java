package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditBill;
import com.ks.platform.credit.CreditOverview;
import com.ks.platform.credit.CreditService;
import com.ks.platform.credit.CreditStanding;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.StorefrontLayout;
import com.ks.platform.ui.SupportLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 先用后付: the shopper's limit, what is available and owed, the factors that set the limit (assessed now, PIPL art.
 * 24), the monthly bills with a repay button, and purchases on credit with their installment plans.
 */
@Route(value = "account/credit", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class CreditView extends Div implements HasDynamicTitle {

    public CreditView(CreditService credit, ObjectProvider<SupportLinks> support) {
        addClassName("ks-credit");
        CreditOverview line = credit.myCredit();
        add(new H1(getTranslation("credit.title")), new CreditSummary(line));

        Div factors = section("credit.factors");
        Paragraph note = new Paragraph(getTranslation("credit.factors.note"));
        note.addClassName("ks-muted");
        Paragraph assessed =
                new Paragraph(getTranslation("credit.assessedAt", Formats.dateTime(line.assessedAt(), getLocale())));
        assessed.addClassName("ks-muted");
        factors.add(new CreditFactorsGrid(line.factors()), assessed, note);
        SupportLinks links = support.getIfAvailable();
        if (links != null) {
            Button review = new Button(
                    getTranslation("credit.humanReview"),
                    click -> getUI().ifPresent(ui -> ui.navigate(links.humanReview())));
            review.addThemeVariants(ButtonVariant.LUMO_SMALL);
            review.addClassName("ks-credit-human-review");
            factors.add(review);
        }
        add(factors);

        if (line.standing() == CreditStanding.NO_HISTORY && line.owedFen() == 0) {
            return;
        }
        Div bills = section("credit.bills");
        List<CreditBill> mine = credit.myBills();
        var cycle = credit.billingCycle();
        bills.add(new Paragraph(getTranslation("credit.rules", cycle.statementDay(), cycle.dueDay())));
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("credit.bills.empty"));
            empty.addClassName("ks-muted");
            bills.add(empty);
        } else {
            bills.add(new CreditBillsGrid(mine));
        }
        add(bills);

        Div plans = section("credit.plans");
        if (credit.countMyPurchases() == 0) {
            Paragraph empty = new Paragraph(getTranslation("credit.plans.empty"));
            empty.addClassName("ks-muted");
            plans.add(empty);
        } else {
            Paragraph hint = new Paragraph(getTranslation("credit.plans.hint"));
            hint.addClassName("ks-muted");
            plans.add(hint, new CreditPlansGrid(credit));
        }
        add(plans);
    }

    private static Div section(String titleKey) {
        Div section = new Div();
        section.addClassNames("ks-card", "ks-credit-section");
        section.add(new H2(section.getTranslation(titleKey)));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.title") + " · Ks 下单平台";
    }
}
