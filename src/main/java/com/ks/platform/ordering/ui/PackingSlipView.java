package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * 发货单: one of the merchant's own orders as a plain page to print and put in the parcel — shop, order, recipient,
 * address, the buyer's remark and the lines with what is shipped and what is left. The browser prints it (or saves a
 * PDF); the print style sheet hides the console around it. Another merchant's order id shows "not found".
 */
@Route("merchant/orders/:orderId/packing-slip")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.ORDERS)
public class PackingSlipView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;

    public PackingSlipView(OrderQueries orders) {
        this.orders = orders;
        addClassName("ks-packing-slip");
    }

    /** A "打印发货单" button for a dialog: closes it and opens the order's slip. */
    static Button openButton(Dialog dialog, UUID orderId) {
        Button button = new Button(dialog.getTranslation("merchantOrders.packingSlip.open"), click -> {
            dialog.close();
            dialog.getUI()
                    .ifPresent(ui ->
                            ui.navigate(PackingSlipView.class, new RouteParameters("orderId", orderId.toString())));
        });
        button.setIcon(VaadinIcon.PRINT.create());
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("merchantOrders.packingSlip.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "orderId", RouteObjects.orEmpty(orders::merchantOrder), this::show);
    }

    private void show(OrderDetails order) {
        removeAll();
        Button print = new Button(
                getTranslation("merchantOrders.packingSlip.print"),
                VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(
                getTranslation("merchantOrders.packingSlip.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(MerchantOrdersView.class)));
        Div actions = new Div(back, print);
        actions.addClassName("ks-packing-slip-actions");

        H1 heading = new H1(getTranslation("merchantOrders.packingSlip.title"));
        Paragraph store = new Paragraph(order.storeName());
        store.addClassName("ks-packing-slip-store");
        Div facts = new Div(
                fact("order.number", order.orderNo()),
                fact("order.placedAt", Formats.dateTime(order.placedAt(), getLocale())),
                fact("merchantOrders.packingSlip.recipient", order.recipient()),
                fact("merchantOrders.packingSlip.mobile", order.mobile()),
                fact("merchantOrders.packingSlip.address", order.regionText() + " " + order.addressDetail()));
        if (order.buyerRemark() != null) {
            facts.add(fact("merchantOrders.packingSlip.remark", order.buyerRemark()));
        }
        facts.addClassName("ks-packing-slip-facts");
        add(actions, store, heading, facts, lines(order));
    }

    private NativeTable lines(OrderDetails order) {
        NativeTable table = new NativeTable();
        table.addClassName("ks-packing-slip-lines");
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "merchantProducts.title",
            "merchantOrders.packingSlip.spec",
            "merchantOrders.packingSlip.skuCode",
            "merchantOrders.quantity",
            "merchantOrders.packingSlip.shipped",
            "merchantOrders.packingSlip.toShip"
        }) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        int total = 0;
        for (OrderDetails.Line line : order.lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(line.title());
            row.addDataCell().setText(line.specText());
            // lines ordered before codes were kept, of a SKU deleted since, have none
            row.addDataCell().setText(line.skuCode() == null ? "" : line.skuCode());
            number(row, line.quantity());
            number(row, line.shippedQuantity());
            number(row, line.toShip());
            total += line.quantity();
        }
        NativeTableRow foot = table.getFoot().addRow();
        foot.addHeaderCell().setText(getTranslation("merchantOrders.packingSlip.total"));
        foot.addDataCell();
        foot.addDataCell();
        number(foot, total);
        foot.addDataCell();
        foot.addDataCell();
        return table;
    }

    private void number(NativeTableRow row, int value) {
        row.addDataCell().setText(Formats.number(value, getLocale()));
    }

    private Div fact(String labelKey, String value) {
        return new OrderFact(labelKey, value, "ks-packing-slip-fact");
    }
}
