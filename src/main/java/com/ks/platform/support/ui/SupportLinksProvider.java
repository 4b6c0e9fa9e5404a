package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketType;
import com.ks.platform.ui.SupportLinks;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the order and credit pages where to contact customer service. */
@Component
class SupportLinksProvider implements SupportLinks {

    @Override
    public String contactAboutOrder(UUID orderId) {
        return SupportRoutes.contactAbout(orderId);
    }

    @Override
    public String humanReview() {
        return SupportRoutes.contactFor(TicketType.CREDIT_REVIEW.name());
    }
}
