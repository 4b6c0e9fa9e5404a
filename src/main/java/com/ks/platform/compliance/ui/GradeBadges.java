package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.ui.MerchantGrade;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The merchant's latest credit grade as a badge on the shop page and the product page's merchant card. */
@Service
class GradeBadges implements MerchantGrade {

    private final CreditRatingService ratings;

    GradeBadges(CreditRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public Optional<Component> badge(UUID merchantId) {
        return ratings.latest(merchantId).map(rating -> {
            Span badge = new Span(UI.getCurrent().getTranslation("rating.badge", rating.grade()));
            badge.addClassNames("ks-status", "ks-grade", "ks-grade-" + rating.grade());
            badge.getElement().setAttribute("title", UI.getCurrent().getTranslation("rating.badgeHelp"));
            return badge;
        });
    }
}
