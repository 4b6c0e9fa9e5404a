package com.ks.platform.promotion.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.promotion.membership.MemberTier;
import com.ks.platform.promotion.membership.MembershipOverview;
import com.ks.platform.promotion.membership.MembershipService;
import com.ks.platform.promotion.membership.MembershipSettings;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 会员中心: the level in force with the progress to the next one, the privileges that apply now, every level's threshold
 * and privileges, and the birthday for the yearly gift (given once, then shown).
 */
@Route(value = PromotionRoutes.MEMBERSHIP, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class MembershipView extends Div implements HasDynamicTitle {

    private final MembershipService membership;

    public MembershipView(MembershipService membership) {
        this.membership = membership;
        addClassName("ks-member-centre");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.title") + " · Ks 下单平台";
    }

    private void render() {
        removeAll();
        MembershipOverview me = membership.mine();
        add(new H1(getTranslation("membership.title")), levelCard(me), privilegesCard(me), tiersCard(me));
        add(birthdayCard(me));
        add(new Paragraph(new RouterLink(getTranslation("membership.toPoints"), PointsView.class)));
    }

    private Div levelCard(MembershipOverview me) {
        Span tier = new Span(getTranslation(me.tier().messageKey()));
        tier.addClassNames(
                "ks-member-tier", "ks-member-tier-" + me.tier().name().toLowerCase(java.util.Locale.ROOT));
        Paragraph spent = new Paragraph(getTranslation("membership.spent", Formats.money(me.spentFen(), getLocale())));
        ProgressBar progress = new ProgressBar(0, 1, me.progress());
        progress.getElement().setAttribute("aria-label", getTranslation("membership.progress"));
        Paragraph next = new Paragraph(
                me.next() == null
                        ? getTranslation("membership.top")
                        : getTranslation(
                                "membership.toNext",
                                Formats.money(me.toNextFen(), getLocale()),
                                getTranslation(me.next().messageKey())));
        next.addClassName("ks-member-next");
        Div card = new Div(tier, spent, progress, next);
        card.addClassNames("ks-card", "ks-member-level");
        return card;
    }

    private Div privilegesCard(MembershipOverview me) {
        Div card = new Div(new H2(getTranslation("membership.privileges")));
        card.addClassNames("ks-card", "ks-member-privileges");
        List<String> lines = privileges(me.privileges(), me.birthdayPoints());
        if (me.tier() == MemberTier.REGULAR && lines.size() == 1) {
            card.add(new Paragraph(getTranslation("membership.privileges.regular")));
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        card.add(list);
        return card;
    }

    private List<String> privileges(MembershipSettings.Tier tier, long birthdayPoints) {
        List<String> lines = new ArrayList<>();
        if (tier.discountPercent() > 0) {
            lines.add(getTranslation("membership.privilege.discount", tier.discountPercent()));
        }
        if (tier.freeShippingOverFen() != null) {
            lines.add(
                    tier.freeShippingOverFen() == 0
                            ? getTranslation("membership.privilege.freeShipping")
                            : getTranslation(
                                    "membership.privilege.freeShippingOver",
                                    Formats.money(tier.freeShippingOverFen(), getLocale())));
        }
        if (tier.priorityService()) {
            lines.add(getTranslation("membership.privilege.priority"));
        }
        lines.add(getTranslation("membership.privilege.birthday", Formats.number(birthdayPoints, getLocale())));
        return lines;
    }

    private Div tiersCard(MembershipOverview me) {
        Div card = new Div(new H2(getTranslation("membership.levels")));
        card.addClassNames("ks-card", "ks-member-levels");
        for (Map.Entry<MemberTier, MembershipSettings.Tier> entry : new java.util.TreeMap<>(me.tiers()).entrySet()) {
            Span name = new Span(getTranslation(entry.getKey().messageKey()));
            name.addClassName("ks-member-level-name");
            Span threshold = new Span(
                    entry.getValue().thresholdFen() == 0
                            ? getTranslation("membership.threshold.none")
                            : getTranslation(
                                    "membership.threshold",
                                    Formats.money(entry.getValue().thresholdFen(), getLocale())));
            Span what = new Span(Formats.list(privileges(entry.getValue(), me.birthdayPoints()), getLocale()));
            what.addClassName("ks-muted");
            Div row = new Div(name, threshold, what);
            row.addClassName("ks-member-level-row");
            if (entry.getKey() == me.tier()) {
                row.addClassName("ks-member-level-current");
            }
            card.add(row);
        }
        return card;
    }

    private Div birthdayCard(MembershipOverview me) {
        Div card = new Div(new H2(getTranslation("membership.birthday")));
        card.addClassNames("ks-card", "ks-member-birthday");
        if (me.birthday() != null) {
            card.add(new Paragraph(getTranslation(
                    "membership.birthday.set", me.birthday().format(DateTimeFormatter.ofPattern("MM-dd")))));
            card.add(new Paragraph(getTranslation(
                    me.birthdayGiftThisYear() ? "membership.birthday.given" : "membership.birthday.gift",
                    Formats.number(me.birthdayPoints(), getLocale()))));
            return card;
        }
        card.add(new Paragraph(
                getTranslation("membership.birthday.hint", Formats.number(me.birthdayPoints(), getLocale()))));
        DatePicker picker =
                DatePickers.localized(new DatePicker(getTranslation("membership.birthday.field")), getLocale());
        Button save = new Button(getTranslation("membership.birthday.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Buttons.submitting(save, () -> {
            try {
                membership.setBirthday(picker.getValue());
                Notices.success("membership.birthday.saved");
                render();
            } catch (RuleViolated invalid) {
                if (!FieldErrors.show(invalid, Map.of("birthday", picker))) {
                    Notices.error(invalid);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        Div form = new Div(picker, save);
        form.addClassName("ks-member-birthday-form");
        card.add(form);
        return card;
    }
}
