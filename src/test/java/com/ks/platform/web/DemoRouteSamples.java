package com.ks.platform.web;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.FeedTab;
import com.ks.platform.compliance.MerchantViolationService;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.compliance.audits.AuditTaskState;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.privacy.PrivacyRequestKind;
import com.ks.platform.privacy.PrivacyRequests;
import com.ks.platform.risk.ClientContext;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskRefused;
import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.TicketQueries;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Route templates of the registry filled with ids from the demo data, as the person the route is for would reach
 * them: the demo shopper's order, the demo merchant's order, a product on sale, the merchant waiting for review, a
 * sandbox payment page. Shared by the authorization matrix and the route-wide accessibility scan.
 */
@Component
public class DemoRouteSamples {

    private final CatalogQueries catalog;
    private final PaymentService payments;
    private final TestCatalog testCatalog;
    private final OrderingService ordering;
    private final AddressQueries addresses;
    private final MerchantQueries merchants;
    private final OrderQueries orders;
    private final UserDetailsService userDetails;

    private final ProductService products;
    private final AfterSalesQueries afterSales;
    private final MerchantViolationService merchantViolations;
    private final AuditTaskService audits;
    private final TicketQueries tickets;
    private final RiskControl risk;
    private final PrivacyRequests privacyRequests;
    private final CommunityQueries community;

    private String sandboxPage;
    private UUID waitingMerchant;
    private UUID privacyRequest;

    DemoRouteSamples(
            CatalogQueries catalog,
            PaymentService payments,
            TestCatalog testCatalog,
            OrderingService ordering,
            AddressQueries addresses,
            MerchantQueries merchants,
            OrderQueries orders,
            UserDetailsService userDetails,
            ProductService products,
            AfterSalesQueries afterSales,
            MerchantViolationService merchantViolations,
            TicketQueries tickets,
            RiskControl risk,
            AuditTaskService audits,
            PrivacyRequests privacyRequests,
            CommunityQueries community) {
        this.community = community;
        this.audits = audits;
        this.privacyRequests = privacyRequests;
        this.merchantViolations = merchantViolations;
        this.risk = risk;
        this.afterSales = afterSales;
        this.tickets = tickets;
        this.catalog = catalog;
        this.payments = payments;
        this.testCatalog = testCatalog;
        this.ordering = ordering;
        this.addresses = addresses;
        this.merchants = merchants;
        this.orders = orders;
        this.userDetails = userDetails;
        this.products = products;
    }

    /** The template with its parameters filled in; the caller's security context is left as it was. */
    public synchronized String path(String template) {
        if (template.contains(":chargeId")) {
            if (sandboxPage == null) {
                sandboxPage = openSandboxPayment();
            }
            return sandboxPage;
        }
        if (template.startsWith("merchant/") && template.contains(":orderId")) {
            var order = as(
                    "merchant@ks.demo",
                    () -> orders.merchantOrders(OrderTab.ALL, 0, 1).getFirst());
            return template.replace(":orderId", order.id().toString());
        }
        if (template.contains(":orderId") || template.contains(":checkoutId")) {
            var order = as(
                    "shopper@ks.demo", () -> orders.myOrders(OrderTab.ALL, 0, 1).getFirst());
            UUID lineId = as(
                    "shopper@ks.demo",
                    () -> orders.myOrder(order.id()).lines().getFirst().id());
            return template.replace(":orderId", order.id().toString())
                    .replace(":checkoutId", order.checkoutId().toString())
                    .replace(":lineId", lineId.toString());
        }
        if (template.startsWith("workbench/") && template.contains(":ticketId")) {
            // a demo ticket of the demo agent's teams (DemoSupport): outside them an agent is told it does not exist
            var ticket = as(
                    "agent@ks.demo",
                    () -> tickets.teamQueue(QueueFilter.ANY, 0, 1).getFirst());
            return template.replace(":ticketId", ticket.id().toString());
        }
        if (template.contains(":ticketId")) {
            // the demo shopper's and the demo shop's own questions to customer service
            boolean portal = template.startsWith("merchant/");
            var found = as(portal ? "merchant@ks.demo" : "shopper@ks.demo", () -> tickets.myTickets(0, 1));
            return template.replace(":ticketId", found.getFirst().id().toString());
        }
        if (template.contains(":requestId")) {
            // a question of the demo shopper to the personal-information officers, asked once
            if (privacyRequest == null) {
                as("shopper@ks.demo", () -> privacyRequests.submit(PrivacyRequestKind.QUESTION, "我的浏览记录会保存多久？"));
                privacyRequest = as(
                        "compliance@ks.demo",
                        () -> privacyRequests.queue(true, 0, 1).getFirst().id());
            }
            return template.replace(":requestId", privacyRequest.toString());
        }
        if (template.contains(":slug")) {
            // a starter article of the help centre: platform reference data, present in every database
            return template.replace(":slug", "seven-day-no-reason-returns");
        }
        if (template.contains(":violationId")) {
            // the demo shop's warning (seeded): the officers' page and the merchant's show the same violation
            var violation =
                    as("merchant@ks.demo", () -> merchantViolations.mine(0, 1).getFirst());
            return template.replace(":violationId", violation.id().toString());
        }
        if (template.contains(":taskId")) {
            // an open audit task; the officer draws a sample when none is open yet
            var task = as("compliance@ks.demo", () -> {
                var open = audits.list(AuditTaskState.OPEN, 0, 1);
                return open.isEmpty()
                        ? audits.drawSample().getFirst()
                        : open.getFirst().id();
            });
            return template.replace(":taskId", task.toString());
        }
        if (template.contains(":caseId")) {
            // the demo shopper's after-sales cases are on the demo shop's orders
            boolean portal = template.startsWith("merchant/");
            var found = as(
                    portal ? "merchant@ks.demo" : "shopper@ks.demo",
                    () -> portal ? afterSales.merchantCases(null, null, 0, 1) : afterSales.myCases(0, 1));
            return template.replace(":caseId", found.getFirst().id().toString());
        }
        if (template.startsWith("merchant/") && template.contains(":productId")) {
            // the demo shop's own product: other merchants are told it does not exist
            var product = as("merchant@ks.demo", () -> products.mine(0, 1).getFirst());
            return template.replace(":productId", product.id().toString());
        }
        if (template.contains(":productId")) {
            return template.replace(
                    ":productId", catalog.newArrivals(1).getFirst().id().toString());
        }
        if (template.startsWith("shop/")) {
            return template.replace(
                    ":merchantId",
                    catalog.newArrivals(1).getFirst().merchantId().toString());
        }
        if (template.contains(":merchantId")) {
            if (waitingMerchant == null) {
                waitingMerchant = as(
                        "compliance@ks.demo",
                        () -> merchants.reviewQueue(0, 200).stream()
                                .filter(m -> m.storeName().equals("潮流衣橱工作室"))
                                .findFirst()
                                .orElseThrow()
                                .id());
            }
            return template.replace(":merchantId", waitingMerchant.toString());
        }
        if (template.contains(":postId") || template.contains(":memberId")) {
            // the demo community's newest post (DemoCommunity) and its author
            var post = community.feed(FeedTab.LATEST, null, 0, 1).getFirst();
            return template.replace(":postId", post.id().toString())
                    .replace(":memberId", post.author().memberId().toString());
        }
        return template;
    }

    private String openSandboxPayment() {
        var sku = as("home@ks.demo", () -> testCatalog.publish("权限矩阵台灯", 10, 5, 9_900))
                .skus()
                .getFirst();
        return as("shopper@ks.demo", () -> {
            var placed = ordering.place(new PlaceOrder(
                    UUID.randomUUID(),
                    CheckoutOrigin.BUY_NOW,
                    List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                    addresses.myDefault().orElseThrow().id(),
                    DeliveryOption.STANDARD,
                    PaymentMethod.ALIPAY));
            try {
                return payments.start(placed.checkoutId(), PaymentMethod.ALIPAY).hostedPageUrl();
            } catch (RiskRefused refused) {
                // the demo shopper buys a lot in a test run: answer risk control's challenge as the cashier page does
                String confirmation = risk.confirmWithPassword(refused.assessmentId(), "ks-demo-2026");
                return payments.start(
                                placed.checkoutId(),
                                PaymentMethod.ALIPAY,
                                ClientContext.NONE.withConfirmation(confirmation))
                        .hostedPageUrl();
            }
        });
    }

    private <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails user = userDetails.loadUserByUsername(email);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
