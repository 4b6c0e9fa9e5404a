package com.ks.platform.review;

import com.ks.jooq.tables.records.ReviewReviewRecord;
import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderReviewMarks;
import com.ks.platform.shared.BlockedWords;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.ProductRatingsChanged;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing reviews: only the buyer of a delivered (or completed) order line, once per line, plus one 追评; the shop
 * replies once per review. Nothing here deletes a review — merchants cannot remove them (E-Commerce Law arts. 17, 39).
 */
@Service
public class ReviewService {

    public static final int MAX_PHOTOS = 9;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TEXT = 500;
    public static final int MIN_TEXT = 5;

    private final ReviewRepository reviews;
    private final BlockedWords words;
    private final OrderQueries orders;
    private final OrderReviewMarks reviewMarks;
    private final AccountQueries accounts;
    private final MerchantAccess merchants;
    private final FileStorage storage;
    private final ApplicationEventPublisher events;
    private final ReviewTagging tagging;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            BlockedWords words,
            OrderQueries orders,
            OrderReviewMarks reviewMarks,
            AccountQueries accounts,
            MerchantAccess merchants,
            FileStorage storage,
            ApplicationEventPublisher events,
            ReviewTagging tagging,
            Clock clock) {
        this.reviews = reviews;
        this.words = words;
        this.orders = orders;
        this.reviewMarks = reviewMarks;
        this.accounts = accounts;
        this.merchants = merchants;
        this.storage = storage;
        this.events = events;
        this.tagging = tagging;
        this.clock = clock;
    }

    /** Another shopper's order (or line) is not found; a line not yet delivered or already reviewed is refused. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID write(WriteReview review) {
        OrderDetails order = orders.myOrder(review.orderId());
        OrderDetails.Line line = order.lines().stream()
                .filter(l -> l.id().equals(review.lineId()))
                .findFirst()
                .orElseThrow(() -> new NotFound("error.order.notFound"));
        if (!order.status().reviewable()) {
            throw new RuleViolated("error.review.notDelivered");
        }
        if (reviews.lineReviewed(line.id())) {
            throw new RuleViolated("error.review.alreadyReviewed");
        }
        validate(review);
        review.photos().forEach(ReviewService::checkPhoto);
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        List<String> keys = new ArrayList<>();
        for (byte[] photo : review.photos()) {
            String key = Ids.newId(clock).toString();
            storage.putInTransaction(storageKey(key), photo);
            keys.add(key);
        }
        ReviewReviewRecord row = new ReviewReviewRecord();
        row.setId(id);
        row.setOrderId(order.id());
        row.setOrderLineId(line.id());
        row.setProductId(line.productId());
        row.setMerchantId(order.merchantId());
        row.setAccountId(CurrentActor.requireAccountId());
        row.setAuthorName(maskedName());
        row.setSpecText(line.specText());
        row.setStars(review.stars());
        row.setQualityStars(review.qualityStars());
        row.setLogisticsStars(review.logisticsStars());
        row.setServiceStars(review.serviceStars());
        row.setBody(review.body().strip());
        row.setPhotoCount(keys.size());
        row.setCreatedAt(now);
        try {
            reviews.insert(row, keys);
        } catch (DuplicateKeyException doubleClick) {
            throw new RuleViolated("error.review.alreadyReviewed");
        }
        reviewMarks.lineReviewed(order.id(), line.id());
        ProductRatingsChanged ratings = reviews.addRating(line.productId(), review.stars());
        // after the rating row is held: two reviews of one product recount its tags one after the other
        tagging.written(id, line.productId(), row.getBody());
        events.publishEvent(ratings);
        events.publishEvent(new ReviewWritten(id, row.getAccountId(), order.id(), keys.size()));
        return id;
    }

    /** 追评: once, by the review's author; another shopper's review is not found. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void followUp(UUID reviewId, String body) {
        UUID me = CurrentActor.requireAccountId();
        ReviewReviewRecord review = reviews.find(reviewId)
                .filter(r -> r.getAccountId().equals(me))
                .orElseThrow(() -> new NotFound("error.review.notFound"));
        checkText("followUp", body);
        if (!reviews.followUp(reviewId, me, body.strip(), clock.instant())) {
            throw new RuleViolated("error.review.followedUp");
        }
        tagging.written(reviewId, review.getProductId(), body.strip());
    }

    /** The shop's one reply; a review of another shop's goods is not found. */
    @Transactional
    @PreAuthorize(Roles.IS_MERCHANT)
    public void reply(UUID reviewId, String body) {
        UUID merchantId = merchants.require(StaffPermission.AFTER_SALES).id();
        reviews.find(reviewId)
                .filter(r -> r.getMerchantId().equals(merchantId))
                .orElseThrow(() -> new NotFound("error.review.notFound"));
        checkText("reply", body);
        if (!reviews.reply(reviewId, merchantId, body.strip(), clock.instant())) {
            throw new RuleViolated("error.review.replied");
        }
    }

    /**
     * A photo is JPG, PNG or WebP by its bytes (a renamed file is refused) and at most {@link #MAX_PHOTO_BYTES}; the
     * form checks each file as it arrives, and {@link #write} checks them all again.
     */
    public static void checkPhoto(byte[] content) {
        if (content == null || content.length == 0 || ImageFormat.sniff(content).isEmpty()) {
            throw new RuleViolated(Map.of("photos", "error.review.photoType"));
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new RuleViolated(Map.of("photos", "error.review.photoTooLarge"));
        }
    }

    static String storageKey(String key) {
        return "review/" + key;
    }

    private void validate(WriteReview review) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        stars(errors, "stars", review.stars());
        stars(errors, "qualityStars", review.qualityStars());
        stars(errors, "logisticsStars", review.logisticsStars());
        stars(errors, "serviceStars", review.serviceStars());
        if (review.photos().size() > MAX_PHOTOS) {
            errors.put("photos", "error.review.tooManyPhotos");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        checkText("body", review.body());
    }

    private static void stars(Map<String, String> errors, String field, int value) {
        if (value < 1 || value > 5) {
            errors.put(field, "error.review.stars");
        }
    }

    private void checkText(String field, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() < MIN_TEXT || clean.length() > MAX_TEXT) {
            throw new RuleViolated(Map.of(field, "error.review.textLength"));
        }
        // the word is named, so the writer knows what to change
        words.firstBlocked(clean).ifPresent(word -> {
            throw new RuleViolated("error.review.blockedWord", word);
        });
    }

    /** 张** : reviews show who wrote them without revealing the name. */
    private String maskedName() {
        String name = accounts.me()
                .map(a -> a.displayName())
                .filter(n -> n != null && !n.isBlank())
                .orElse("*");
        return name.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "**";
    }
}
