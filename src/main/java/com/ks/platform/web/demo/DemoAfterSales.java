package com.ks.platform.web.demo;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.ApplyOptions;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * After-sales cases on the demo shopper's orders, through the services: a return approved by the merchant (waiting
 * for the parcel), a refund before shipment waiting for the merchant (its deadline running), and a "not received" refund the merchant
 * refused.
 */
@Component
class DemoAfterSales {

    private final AccountQueries accounts;
    private final OrderQueries orders;
    private final AfterSalesQueries queries;
    private final AfterSalesService service;

    DemoAfterSales(AccountQueries accounts, OrderQueries orders, AfterSalesQueries queries, AfterSalesService service) {
        this.accounts = accounts;
        this.orders = orders;
        this.queries = queries;
        this.service = service;
    }

    void load(String shopperEmail, String shopperName, String merchantEmail) {
        UUID shopper = accounts.findByEmail(shopperEmail).orElseThrow();
        UUID merchant = accounts.findByEmail(merchantEmail).orElseThrow();
        Set<Role> shopperRoles = Set.of(Role.SHOPPER);
        List<OrderSummary> mine =
                DemoDataSeeder.runAs(shopper, shopperName, shopperRoles, () -> orders.myOrders(OrderTab.ALL, 0, 20));
        Optional<UUID> returned =
                open(shopper, shopperName, mine, OrderStatus.COMPLETED, CaseReason.NO_REASON, "尺寸不合适，包装完好");
        open(shopper, shopperName, mine, OrderStatus.PAID, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, "拍重了");
        Optional<UUID> refused =
                open(shopper, shopperName, mine, OrderStatus.SHIPPED, CaseReason.NOT_RECEIVED, "物流很久没有更新");
        DemoDataSeeder.runAs(merchant, merchantEmail, Set.of(Role.MERCHANT), () -> {
            returned.ifPresent(id -> service.approve(id, "浙江省杭州市西湖区文三路 90 号 售后部 张伟 0571-88880000"));
            refused.ifPresent(id -> service.refuse(id, "物流显示包裹已到达驿站，请凭取件码领取"));
            return null;
        });
    }

    private Optional<UUID> open(
            UUID shopper, String name, List<OrderSummary> mine, OrderStatus status, CaseReason reason, String why) {
        return mine.stream()
                .filter(o -> o.status() == status)
                .findFirst()
                .flatMap(order -> DemoDataSeeder.runAs(shopper, name, Set.of(Role.SHOPPER), () -> {
                    var line = orders.myOrder(order.id()).lines().getFirst();
                    ApplyOptions options = queries.options(order.id(), line.id());
                    if (!options.verdicts().get(reason).allowed() || options.claimable() == 0) {
                        return Optional.<UUID>empty();
                    }
                    return Optional.of(service.apply(new ApplyCase(order.id(), line.id(), reason, why, 1)));
                }));
    }
}
