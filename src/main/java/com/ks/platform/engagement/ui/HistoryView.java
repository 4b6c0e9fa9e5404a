package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.EngagementQueries;
import com.ks.platform.engagement.HistoryService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 浏览记录: products the shopper opened, the latest visit first, with "clear all". */
@Route(value = "account/history", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class HistoryView extends Div implements HasDynamicTitle {

    private final HistoryService history;
    private final EngagementQueries queries;
    private final Span count = new Span();
    private final Button clear = new Button();
    private final ProductTiles tiles;
    private final Div body = new Div();

    public HistoryView(HistoryService history, EngagementQueries queries) {
        this.history = history;
        this.queries = queries;
        addClassName("ks-engagement");
        tiles = new ProductTiles(queries::myHistory, null);
        count.addClassName("ks-muted");
        clear.setText(getTranslation("history.clear"));
        clear.setIcon(VaadinIcon.TRASH.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> confirmClear());
        Div heading = new Div(new H1(getTranslation("history.title")), count, clear);
        heading.addClassName("ks-cart-heading");
        add(heading, body);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + " · Ks 下单平台";
    }

    private void refresh() {
        int total = queries.myHistoryCount();
        count.setText(total == 0 ? "" : getTranslation("history.count", total));
        clear.setVisible(total > 0);
        body.removeAll();
        tiles.reload(total);
        body.add(tiles.isEmpty() ? new EmptyState(VaadinIcon.CLOCK, "history.empty", "history.emptyHint") : tiles);
    }

    private void confirmClear() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("history.clear"));
        dialog.setText(getTranslation("history.clearConfirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("history.cancel"));
        dialog.setConfirmText(getTranslation("history.clear"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            history.clearMyHistory();
            Notices.success("history.cleared");
            refresh();
        });
        dialog.open();
    }
}
