package com.ks.platform.promotion.points;

import com.ks.platform.shared.RuleViolated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points door for the rest of the promotion module (checkout benefits, birthday gifts), inside the caller's
 * transaction; shoppers and admins use {@link PointsService}.
 */
@Component
public class PointsAccounts {

    private final PointsLedger ledger;
    private final PointsSettings settings;

    PointsAccounts(PointsLedger ledger, PointsSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    public PointsSettings settings() {
        return settings;
    }

    public long balance(UUID accountId) {
        return ledger.balance(accountId);
    }

    /** Grants points once per source key; false when that source was granted before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean grant(UUID accountId, PointsKind kind, long points, String sourceKey, String note) {
        if (points <= 0 || ledger.exists(accountId, sourceKey)) {
            return false;
        }
        return ledger.append(accountId, kind, points, sourceKey, null, note);
    }

    /**
     * The most points the shopper may spend on goods costing {@code goodsFen} (after the other discounts): the balance,
     * at most {@code max-spend-percent} of the goods, in whole steps; empty below the minimum.
     */
    public Optional<Long> usable(UUID accountId, long goodsFen) {
        long cap = settings.pointsWorth(goodsFen * settings.maxSpendPercent() / 100);
        long balance = ledger.balance(accountId);
        long usable = Math.min(cap, balance - balance % settings.step());
        return usable >= settings.minimumSpend() ? Optional.of(usable) : Optional.empty();
    }

    /** Checks a chosen number of points against the rules, naming the one broken. */
    public void check(UUID accountId, long points, long goodsFen) {
        if (points < settings.minimumSpend()) {
            throw new RuleViolated("error.points.belowMinimum", settings.minimumSpend());
        }
        if (points % settings.step() != 0) {
            throw new RuleViolated("error.points.step", settings.step());
        }
        long cap = settings.pointsWorth(goodsFen * settings.maxSpendPercent() / 100);
        if (points > cap) {
            throw new RuleViolated("error.points.overCap", settings.maxSpendPercent(), cap);
        }
        long balance = ledger.balance(accountId);
        if (points > balance) {
            throw new RuleViolated("error.points.notEnough", balance);
        }
    }

    /**
     * Spends {@code points} on the orders just placed, one entry per order in proportion to what the points took off
     * it; a parallel checkout that spent them first refuses this one (rolling the placement back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void spend(UUID accountId, long points, Map<UUID, Long> fenByOrder) {
        long totalFen = fenByOrder.values().stream().mapToLong(Long::longValue).sum();
        Map<UUID, Long> pointsByOrder = new LinkedHashMap<>();
        long left = points;
        int i = 0;
        for (var entry : fenByOrder.entrySet()) {
            i++;
            long share = i == fenByOrder.size() || totalFen == 0 ? left : points * entry.getValue() / totalFen;
            pointsByOrder.put(entry.getKey(), share);
            left -= share;
        }
        for (var entry : pointsByOrder.entrySet()) {
            if (entry.getValue() == 0) {
                continue;
            }
            if (!ledger.append(
                    accountId,
                    PointsKind.CHECKOUT,
                    -entry.getValue(),
                    "spend:" + entry.getKey(),
                    entry.getKey(),
                    null)) {
                throw new RuleViolated("error.points.taken", ledger.balance(accountId));
            }
        }
    }
}
