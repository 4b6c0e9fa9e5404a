package com.ks.platform.review;

import com.ks.jooq.tables.records.ReviewReviewRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.shared.CurrentActor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews as the product page, the buyer's order and the shop's review page show them. Lists are paged. */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    public static final int MAX_PAGE = 50;

    /** How many tags the product page offers as filters at most. */
    public static final int SHOWN_TAGS = 10;

    private final ReviewRepository reviews;
    private final ReviewTagRepository tags;
    private final ReviewTagVocabulary vocabulary;
    private final OrderQueries orders;
    private final MerchantAccess merchants;

    ReviewQueries(
            ReviewRepository reviews,
            ReviewTagRepository tags,
            ReviewTagVocabulary vocabulary,
            OrderQueries orders,
            MerchantAccess merchants) {
        this.reviews = reviews;
        this.tags = tags;
        this.vocabulary = vocabulary;
        this.orders = orders;
        this.merchants = merchants;
    }

    /** Public: the product's review tags, most often given first (counted when reviews change). */
    @PreAuthorize("permitAll()")
    public List<ReviewTag> tags(UUID productId) {
        return tags.counts(productId, SHOWN_TAGS).stream()
                .map(r -> new ReviewTag(r.value2(), vocabulary.praise(r.value2()), r.value3()))
                .toList();
    }

    /** Public, newest first: the visible reviews carrying the tag. */
    @PreAuthorize("permitAll()")
    public List<ReviewDetails> productReviewsTagged(UUID productId, String tagCode, int offset, int limit) {
        return details(
                reviews.pageTagged(productId, tagCode, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)), false);
    }

    /** Public: how many visible reviews of the product carry the tag. */
    @PreAuthorize("permitAll()")
    public int countTagged(UUID productId, String tagCode) {
        return tags.count(productId, tagCode);
    }

    /** Public, like the product page. */
    @PreAuthorize("permitAll()")
    public RatingSummary summary(UUID productId) {
        return reviews.summary(productId);
    }

    /** Public, newest first. */
    @PreAuthorize("permitAll()")
    public List<ReviewDetails> productReviews(UUID productId, ReviewFilter filter, int offset, int limit) {
        return details(reviews.page(productId, filter, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)), false);
    }

    /** Each line of the shopper's order with its review; another shopper's order is not found. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public OrderReviews myOrder(UUID orderId) {
        OrderDetails order = orders.myOrder(orderId);
        // the author sees their own words, and why they were hidden
        Map<UUID, ReviewDetails> byLine =
                details(reviews.ofOrder(orderId, CurrentActor.requireAccountId()), true).stream()
                        .collect(Collectors.toMap(ReviewDetails::orderLineId, Function.identity()));
        List<LineReview> lines = order.lines().stream()
                .map(l -> new LineReview(
                        l.id(), l.productId(), l.title(), l.specText(), l.imageRef(), byLine.get(l.id())))
                .toList();
        return new OrderReviews(order.id(), order.orderNo(), order.status().reviewable(), lines);
    }

    /** The reviews of the signed-in merchant's goods, newest first; optionally only those without a reply. */
    @PreAuthorize(Roles.IS_MERCHANT)
    public List<ReviewDetails> myShopReviews(boolean unansweredOnly, int offset, int limit) {
        UUID merchantId = merchants.require(StaffPermission.AFTER_SALES).id();
        return details(
                reviews.ofMerchant(merchantId, unansweredOnly, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)),
                false);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public int countMyShopReviews(boolean unansweredOnly) {
        return reviews.countOfMerchant(
                merchants.require(StaffPermission.AFTER_SALES).id(), unansweredOnly);
    }

    /** Officers judge a reported review by all of it. */
    List<ReviewDetails> asOfficerSees(List<ReviewReviewRecord> rows) {
        return details(rows, true);
    }

    private List<ReviewDetails> details(List<ReviewReviewRecord> rows, boolean revealHidden) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> photos =
                reviews.photoKeys(rows.stream().map(ReviewReviewRecord::getId).toList());
        return rows.stream()
                .map(r -> r.getHiddenAt() != null && !revealHidden
                        ? withheld(r)
                        : new ReviewDetails(
                                r.getId(),
                                r.getProductId(),
                                r.getOrderLineId(),
                                r.getAuthorName(),
                                r.getSpecText(),
                                r.getStars(),
                                r.getQualityStars(),
                                r.getLogisticsStars(),
                                r.getServiceStars(),
                                r.getBody(),
                                photos.getOrDefault(r.getId(), List.of()).stream()
                                        .map(ReviewPhotoController::url)
                                        .toList(),
                                r.getCreatedAt(),
                                r.getFollowUpBody(),
                                r.getFollowUpAt(),
                                r.getReplyBody(),
                                r.getReplyAt(),
                                r.getHelpfulCount(),
                                r.getHiddenReason()))
                .toList();
    }

    /** A hidden review on a public page: who, when and the stars (they keep counting), nothing of what was hidden. */
    private static ReviewDetails withheld(ReviewReviewRecord r) {
        return new ReviewDetails(
                r.getId(),
                r.getProductId(),
                r.getOrderLineId(),
                r.getAuthorName(),
                r.getSpecText(),
                r.getStars(),
                r.getQualityStars(),
                r.getLogisticsStars(),
                r.getServiceStars(),
                "",
                List.of(),
                r.getCreatedAt(),
                null,
                null,
                null,
                null,
                r.getHelpfulCount(),
                r.getHiddenReason());
    }
}
