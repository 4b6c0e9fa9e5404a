package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.ReportedItem;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;

/**
 * 社区举报: reported posts, comments, questions and answers, the longest-waiting first, each with all it says, where it
 * is shown, how often and why it was reported; the admin hides it (the author is told the reason) or dismisses the
 * reports. Nothing is deleted; every decision is audited.
 */
@Route(CommunityRoutes.REPORTS)
@Menu(title = "nav.admin.communityReports", order = 7, icon = "vaadin:flag")
@RolesAllowed(Roles.ADMIN)
public class CommunityReportsView extends Div implements HasDynamicTitle {

    static final int PAGE = 20;

    private final CommunityModeration moderation;
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();
    private final Button more = new Button();
    private int total;

    public CommunityReportsView(CommunityModeration moderation) {
        this.moderation = moderation;
        addClassName("ks-review-reports");
        Paragraph rule = new Paragraph(getTranslation("communityReports.rule"));
        rule.addClassName("ks-muted");
        more.setText(getTranslation("community.more"));
        more.addClickListener(click -> showMore());
        add(new H2(getTranslation("nav.admin.communityReports")), rule, summary, list, more);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.communityReports") + " · Ks";
    }

    private void refresh() {
        total = moderation.countReported();
        summary.setText(
                total == 0
                        ? getTranslation("communityReports.empty")
                        : getTranslation("communityReports.count", Formats.number(total, getLocale())));
        list.removeAll();
        showMore();
    }

    private void showMore() {
        moderation.reported(list.getComponentCount(), PAGE).forEach(item -> list.add(card(item)));
        more.setVisible(list.getComponentCount() < total);
    }

    private Div card(ReportedItem item) {
        Span kind = new Span(getTranslation(item.kind().messageKey()));
        kind.getElement().getThemeList().add("badge");
        Span author = new Span(item.author().nickname());
        author.addClassName("ks-community-author");
        Anchor where = new Anchor(item.route(), getTranslation("communityReports.open"));
        where.setTarget("_blank");
        String reasons = Formats.list(
                item.reasons().entrySet().stream()
                        .map(e -> getTranslation(e.getKey().messageKey()) + " × " + e.getValue())
                        .toList(),
                getLocale());
        Paragraph facts = new Paragraph(getTranslation(
                "communityReports.facts",
                item.reports(),
                reasons,
                Formats.dateTime(item.firstReportedAt(), getLocale())));
        Div card = new Div(new Div(kind, author, where), new Paragraph(item.body()), facts);
        if (item.latestNote() != null) {
            Paragraph note = new Paragraph(getTranslation("communityReports.note", item.latestNote()));
            note.addClassName("ks-muted");
            card.add(note);
        }
        card.add(decision(item));
        card.addClassNames("ks-card", "ks-review-report");
        return card;
    }

    private Div decision(ReportedItem item) {
        TextField reason = new TextField(getTranslation("communityReports.reason"));
        reason.setMaxLength(CommunityModeration.MAX_NOTE);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button hide = decide("communityReports.hide", reason, item, moderation::hide);
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button dismiss = decide("communityReports.dismiss", reason, item, moderation::dismissReports);
        Div buttons = new Div(hide, dismiss);
        buttons.addClassName("ks-actions");
        Div form = new Div(reason, buttons);
        form.addClassName("ks-review-text-form");
        return form;
    }

    private interface Decision {
        void decide(ItemKind kind, UUID itemId, String reason);
    }

    private Button decide(String key, TextField reason, ReportedItem item, Decision action) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> {
            if (Actions.attempt(
                    () -> action.decide(item.kind(), item.id(), reason.getValue()), Map.of("reason", reason))) {
                Notices.success(key + ".done");
                refresh();
            }
        });
        return button;
    }
}
