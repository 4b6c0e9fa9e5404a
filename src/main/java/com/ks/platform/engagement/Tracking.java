package com.ks.platform.engagement;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door for shopper behaviour events. Modules above {@code engagement} call {@link #record}; modules below it
 * (catalog, cart) publish a {@link BehaviourEvent} and {@link BehaviourEventListener} brings it here.
 *
 * <p>PIPL art. 24: an event is tied to the shopper only when their PERSONALISATION consent is on; otherwise (and for
 * visitors) it is stored without any account id, usable for aggregate statistics only. Browsing history and
 * recommendation feedback are the shopper's own lists and instructions, kept whatever the consent.
 */
@Service
public class Tracking {

    private static final int MAX_QUERY = 100;
    private static final int MAX_ROUTE = 200;
    private static final long MAX_DWELL_MS = Duration.ofHours(12).toMillis();

    private final BehaviourEventRepository events;
    private final ViewHistoryRepository history;
    private final ProductViewCountRepository viewCounts;
    private final AccountQueries accounts;
    private final CatalogQueries catalog;
    private final Clock clock;

    Tracking(
            BehaviourEventRepository events,
            ViewHistoryRepository history,
            ProductViewCountRepository viewCounts,
            AccountQueries accounts,
            CatalogQueries catalog,
            Clock clock) {
        this.events = events;
        this.history = history;
        this.viewCounts = viewCounts;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Stores one event in its own transaction, so tracking never rolls back (or is rolled back by) the caller. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @ModuleHook
    public void record(BehaviourEvent event) {
        if (event == null || event.type() == null) {
            return;
        }
        Instant now = clock.instant();
        Optional<UUID> shopper = currentShopper();
        boolean personalised =
                shopper.isPresent() && accounts.myConsents().getOrDefault(ConsentPurpose.PERSONALISATION, false);
        BehaviourEvent clean = sanitized(event);
        events.insert(Ids.newId(clock), now, clean, personalised ? shopper.get() : null);
        countProductView(clean, now);
        shopper.ifPresent(accountId -> rememberForShopper(accountId, clean, now));
    }

    private void rememberForShopper(UUID accountId, BehaviourEvent event, Instant now) {
        if (event.productId() == null) {
            return;
        }
        if (event.type() == BehaviourEvent.Type.PAGE_VIEW && !history.moveToTop(accountId, event.productId(), now)) {
            try {
                history.insert(accountId, event.productId(), now);
            } catch (DuplicateKeyException otherTab) {
                // the same product opened in two tabs at once: one row is enough
            }
        }
        if (event.type() == BehaviourEvent.Type.RECOMMENDATION_FEEDBACK && event.feedback() != null) {
            List<ProductCard> card = catalog.cards(List.of(event.productId()));
            if (!card.isEmpty()) {
                events.upsertFeedback(
                        accountId, event.productId(), card.getFirst().categoryCode(), event.feedback(), now);
            }
        }
    }

    /** Every product-page view adds one to its merchant's day, whoever looked: a count with nobody behind it. */
    private void countProductView(BehaviourEvent event, Instant now) {
        if (event.type() != BehaviourEvent.Type.PAGE_VIEW || event.productId() == null) {
            return;
        }
        catalog.merchantOf(event.productId())
                .ifPresent(merchantId -> viewCounts.increment(merchantId, BusinessTime.dayOf(now)));
    }

    static Optional<UUID> currentShopper() {
        return CurrentActor.get()
                .filter(actor -> CurrentActor.hasRole(Roles.SHOPPER))
                .map(actor -> actor.accountId());
    }

    private static BehaviourEvent sanitized(BehaviourEvent e) {
        return new BehaviourEvent(
                e.type(),
                e.productId(),
                cut(e.pageRoute(), MAX_ROUTE),
                e.dwellMs() == null ? null : Math.clamp(e.dwellMs(), 0L, MAX_DWELL_MS),
                cut(e.searchQuery() == null ? null : e.searchQuery().strip(), MAX_QUERY),
                e.resultCount() == null ? null : Math.max(0, e.resultCount()),
                e.quantity(),
                e.feedback());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
