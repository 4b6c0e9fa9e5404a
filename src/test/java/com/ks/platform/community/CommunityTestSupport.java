package com.ks.platform.community;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestBuyers;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Shoppers of each test's own, plus the demo buyer 王芳, who received products of the demo shop (DemoReviews): she is
 * the verified buyer who may answer 问大家 about them.
 */
abstract class CommunityTestSupport extends KaribuTest {

    static final String BUYER = "wangfang@ks.demo";
    static final String ADMIN = "admin@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    CommunityService community;

    @Autowired
    CommunityQueries queries;

    @Autowired
    ProductQuestions questions;

    @Autowired
    CommunityModeration moderation;

    @Autowired
    OrderQueries orders;

    /** A registered shopper of this test's own, who bought nothing. */
    String newShopper(String nickname) {
        return new TestBuyers(context, this::actAs)
                .registered("community", nickname, "张三")
                .email();
    }

    /** A product the demo buyer received. */
    UUID receivedByBuyer() {
        List<OrderSummary> mine = as(BUYER, () -> orders.myOrders(OrderTab.ALL, 0, 20));
        return mine.stream()
                .filter(o -> o.status().reviewable())
                .flatMap(o -> o.lines().stream())
                .map(OrderSummary.LinePreview::productId)
                .findFirst()
                .orElseThrow();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
