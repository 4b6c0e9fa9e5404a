package com.ks.platform.engagement;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.CurrentActor;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in shopper said about recommended products (感兴趣 / 不感兴趣 / 已经买了), for a later recommender
 * to hide products and damp categories. The latest answer per product wins. The account always comes from the
 * security context, as in every service: recommendations are rendered in the shopper's own request.
 */
@Service
@PreAuthorize(Roles.IS_SHOPPER)
public class RecommendationFeedback {

    private final Tracking tracking;
    private final BehaviourEventRepository events;

    RecommendationFeedback(Tracking tracking, BehaviourEventRepository events) {
        this.tracking = tracking;
        this.events = events;
    }

    public void record(UUID productId, BehaviourEvent.Feedback feedback) {
        tracking.record(BehaviourEvent.recommendationFeedback(productId, feedback));
    }

    @Transactional(readOnly = true)
    public Set<UUID> notInterestedProductIds() {
        return events.productsWith(CurrentActor.requireAccountId(), BehaviourEvent.Feedback.NOT_INTERESTED);
    }

    @Transactional(readOnly = true)
    public Set<UUID> alreadyBoughtProductIds() {
        return events.productsWith(CurrentActor.requireAccountId(), BehaviourEvent.Feedback.ALREADY_BOUGHT);
    }

    /** Category code → how many of its products the shopper marked "not interested". */
    @Transactional(readOnly = true)
    public Map<String, Integer> categoryPenalties() {
        return events.countByCategory(CurrentActor.requireAccountId(), BehaviourEvent.Feedback.NOT_INTERESTED);
    }
}
