package com.ks.platform.compliance;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 商家信用评级: a score 0–100 and a grade A–E per merchant, the weighted mean of the points of every
 * {@link RatingSource} that has something to say (weights: {@link RatingSettings}). Recomputed nightly (ShedLock) and
 * on demand by an officer; each computation is kept, with its components, as the merchant's history. A fall below the
 * alert line ({@code ks.compliance.rating.alert-below}) is recorded in the audit trail and opens an audit task.
 */
@Service
public class CreditRatingService {

    private static final Logger log = LoggerFactory.getLogger(CreditRatingService.class);

    private final ObjectProvider<RatingSource> sources;
    private final RatingRepository ratings;
    private final RatingSettings settings;
    private final MerchantQueries merchants;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditRatingService(
            ObjectProvider<RatingSource> sources,
            RatingRepository ratings,
            RatingSettings settings,
            MerchantQueries merchants,
            AuditTrail audit,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.sources = sources;
        this.ratings = ratings;
        this.settings = settings;
        this.merchants = merchants;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Recomputes one merchant's rating now, on an officer's request. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public Rating recompute(UUID merchantId) {
        merchants.publicFacts(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
        return compute(merchantId);
    }

    /** The latest rating, for shoppers on the shop and product pages too. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Rating> latest(UUID merchantId) {
        return ratings.latest(merchantId);
    }

    /** Up to 90 computations, newest first. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<Rating> history(UUID merchantId) {
        return ratings.history(merchantId, 90);
    }

    /** The source keys counted today, in weight order (the UI says which inputs the rating has). */
    @PreAuthorize("permitAll()")
    public List<String> countedSources() {
        return sources.orderedStream()
                .map(RatingSource::key)
                .filter(key -> settings.weightOf(key) > 0)
                .sorted()
                .toList();
    }

    @Scheduled(cron = "${ks.compliance.rating.cron:0 45 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance-rating-nightly", lockAtMostFor = "PT1H")
    void nightly() {
        int rated = 0;
        for (int offset = 0; ; offset += 500) {
            List<UUID> page = merchants.penalisableIds(offset, 500);
            for (UUID id : page) {
                transactions.executeWithoutResult(tx -> compute(id));
                rated++;
            }
            if (page.size() < 500) {
                break;
            }
        }
        log.info("Credit ratings recomputed for {} merchant(s)", rated);
    }

    Rating compute(UUID merchantId) {
        Instant now = clock.instant();
        List<Rating.Component> components = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            int weight = settings.weightOf(source.key());
            if (weight > 0) {
                source.measure(merchantId, now)
                        .ifPresent(
                                m -> components.add(new Rating.Component(source.key(), m.value(), weight, m.points())));
            }
        });
        int totalWeight = components.stream().mapToInt(Rating.Component::weight).sum();
        int score = totalWeight == 0
                ? 0
                : (int) Math.round(components.stream()
                                .mapToDouble(c -> (double) c.points() * c.weight())
                                .sum()
                        / totalWeight);
        Rating rating = new Rating(merchantId, now, score, settings.gradeOf(score), List.copyOf(components));
        Optional<Rating> before = ratings.latest(merchantId);
        ratings.insert(rating);
        boolean fell = rating.grade().compareTo(settings.alertBelow()) > 0
                && before.map(b -> b.grade().compareTo(settings.alertBelow()) <= 0)
                        .orElse(true);
        if (fell) {
            audit.record(
                    "rating.alert",
                    "merchant",
                    merchantId.toString(),
                    "grade " + rating.grade() + " below " + settings.alertBelow(),
                    "score=" + score + before.map(b -> " before=" + b.grade()).orElse(""));
            events.publishEvent(new RatingFell(merchantId, rating.grade(), score));
        }
        return rating;
    }
}
