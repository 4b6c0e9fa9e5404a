package com.ks.platform.web.demo;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.ApplyOptions;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.aftersales.ReturnPickups;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * After-sales cases on the demo shopper's orders, through the services: a return approved by the merchant (waiting
 * for the parcel), a refund before shipment waiting for the merchant (its deadline running), a "not received" refund
 * the merchant refused; on orders bought for the purpose, an exchange and a repair that ran to the end, a return picked
 * up by the carrier (its parcel tracked), a partial refund waiting for the shopper's answer and a failed inspection
 * (with a photo) waiting for the platform.
 */
@Component
class DemoAfterSales {

    private static final String RETURN_ADDRESS = "浙江省杭州市西湖区文三路 90 号 售后部 张伟 0571-88880000";

    private final AccountQueries accounts;
    private final OrderQueries orders;
    private final AfterSalesQueries queries;
    private final AfterSalesService service;
    private final RefundProposals proposals;
    private final ReturnPickups pickups;
    private final AddressQueries addresses;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final DemoPurchases purchases;

    DemoAfterSales(
            AccountQueries accounts,
            OrderQueries orders,
            AfterSalesQueries queries,
            AfterSalesService service,
            RefundProposals proposals,
            ReturnPickups pickups,
            AddressQueries addresses,
            ProductService products,
            CatalogQueries catalog,
            DemoPurchases purchases) {
        this.accounts = accounts;
        this.orders = orders;
        this.queries = queries;
        this.service = service;
        this.proposals = proposals;
        this.pickups = pickups;
        this.addresses = addresses;
        this.products = products;
        this.catalog = catalog;
        this.purchases = purchases;
    }

    /** The people acting in the demo: the shopper and the shop's owner. */
    private record Parties(UUID shopper, String shopperName, UUID merchant, String merchantEmail) {

        <T> T shopper(Supplier<T> action) {
            return DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), action);
        }

        void asShopper(Runnable action) {
            shopper(() -> {
                action.run();
                return null;
            });
        }

        void asMerchant(Runnable action) {
            DemoDataSeeder.runAs(merchant, merchantEmail, Set.of(Role.MERCHANT), () -> {
                action.run();
                return null;
            });
        }
    }

    void load(String shopperEmail, String shopperName, String merchantEmail) {
        Parties p = new Parties(
                accounts.findByEmail(shopperEmail).orElseThrow(),
                shopperName,
                accounts.findByEmail(merchantEmail).orElseThrow(),
                merchantEmail);
        List<OrderSummary> mine = p.shopper(() -> orders.myOrders(OrderTab.ALL, 0, 20));
        Optional<UUID> returned = open(p, byStatus(mine, OrderStatus.COMPLETED), CaseReason.NO_REASON, "尺寸不合适，包装完好");
        open(p, byStatus(mine, OrderStatus.PAID), CaseReason.NOT_WANTED_BEFORE_SHIPMENT, "拍重了");
        Optional<UUID> refused = open(p, byStatus(mine, OrderStatus.SHIPPED), CaseReason.NOT_RECEIVED, "物流很久没有更新");
        p.asMerchant(() -> {
            returned.ifPresent(id -> service.approve(id, RETURN_ADDRESS));
            refused.ifPresent(id -> service.refuse(id, "物流显示包裹已到达驿站，请凭取件码领取"));
        });
        List<Sku> skus = DemoOrders.stockedProducts(products, catalog, p.merchant(), merchantEmail, 4).stream()
                .map(DemoOrders::stockedSku)
                .toList();
        if (skus.size() < 4) {
            return;
        }
        OrderDetails exchanged = purchases.received(p.shopper(), shopperName, p.merchant(), merchantEmail, skus.get(0));
        runToTheEnd(p, exchanged, CaseReason.EXCHANGE_FAULTY, "开机后屏幕闪烁，申请换新");
        runToTheEnd(
                p,
                purchases.received(p.shopper(), shopperName, p.merchant(), merchantEmail, skus.get(1)),
                CaseReason.REPAIR_FAULTY,
                "充电接口接触不良");
        pickedUp(p, exchanged);
        proposed(p, purchases.received(p.shopper(), shopperName, p.merchant(), merchantEmail, skus.get(2)));
        failedInspection(p, purchases.received(p.shopper(), shopperName, p.merchant(), merchantEmail, skus.get(3)));
    }

    /** An exchange or a repair: approved, sent back, received, the item sent again and confirmed by the shopper. */
    private void runToTheEnd(Parties p, OrderDetails order, CaseReason reason, String why) {
        open(p, Optional.of(order.id()), reason, why).ifPresent(id -> {
            sentBack(p, id);
            p.asMerchant(() -> service.reship(id, Carrier.SF, DemoOrders.sfTrackingNo()));
            p.asShopper(() -> service.confirmReturnedItem(id));
        });
    }

    /** A return the carrier picks up at the shopper's default address in the first window still open. */
    private void pickedUp(Parties p, OrderDetails order) {
        open(p, Optional.of(order.id()), CaseReason.QUALITY_PROBLEM, "做工有瑕疵，线头较多")
                .ifPresent(id -> {
                    p.asMerchant(() -> service.approve(id, RETURN_ADDRESS));
                    p.asShopper(() -> {
                        var day = pickups.days().getFirst();
                        pickups.book(
                                id,
                                addresses.myDefault().orElseThrow().id(),
                                day,
                                pickups.windows(day).getFirst());
                    });
                });
    }

    /** 部分退款: the merchant offers a fifth of the price for a scuffed box; the shopper has not answered yet. */
    private void proposed(Parties p, OrderDetails order) {
        long offer = Math.max(1, order.lines().getFirst().payableFen() / 5);
        open(p, Optional.of(order.id()), CaseReason.QUALITY_PROBLEM, "外包装破损，商品有轻微划痕")
                .ifPresent(id -> p.asMerchant(() -> proposals.propose(id, offer, "外包装运输压痕，不影响使用；补偿部分货款，商品无需寄回")));
    }

    /** The returned item failed inspection (notes and a photo): the case waits for the platform. */
    private void failedInspection(Parties p, OrderDetails order) {
        String title = order.lines().getFirst().title();
        open(p, Optional.of(order.id()), CaseReason.QUALITY_PROBLEM, "用了两天无法开机").ifPresent(id -> {
            sentBack(p, id);
            p.asMerchant(() -> service.inspect(
                    id, false, "机身有明显进水痕迹，不属于质量问题", List.of(DemoReviews.photo(title, new Color(0x0e7490)))));
        });
    }

    private void sentBack(Parties p, UUID caseId) {
        p.asMerchant(() -> service.approve(caseId, RETURN_ADDRESS));
        p.asShopper(() -> service.shipBack(caseId, Carrier.SF, DemoOrders.sfTrackingNo()));
        p.asMerchant(() -> service.confirmReceipt(caseId));
    }

    private static Optional<UUID> byStatus(List<OrderSummary> mine, OrderStatus status) {
        return mine.stream()
                .filter(o -> o.status() == status)
                .map(OrderSummary::id)
                .findFirst();
    }

    private Optional<UUID> open(Parties p, Optional<UUID> orderId, CaseReason reason, String why) {
        return orderId.flatMap(id -> p.shopper(() -> {
            var line = orders.myOrder(id).lines().getFirst();
            ApplyOptions options = queries.options(id, line.id());
            if (!options.verdicts().get(reason).allowed() || options.claimable() == 0 || options.openCase()) {
                return Optional.<UUID>empty();
            }
            return Optional.of(service.apply(new ApplyCase(id, line.id(), reason, why, 1)));
        }));
    }
}
