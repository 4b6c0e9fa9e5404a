package com.ks.platform.promotion.points;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 积分 for people: the shopper's balance, history, daily check-in and coupons for points; the admin's campaigns (points
 * for a set of shoppers, audited) and which coupon templates may be taken for points. Always the signed-in shopper's own
 * ledger: there is no parameter naming whose.
 */
@Service
public class PointsService {

    public static final int MAX_PAGE = 100;
    public static final int MAX_REASON = 200;

    private final PointsLedger ledger;
    private final PointsSettings settings;
    private final CouponService coupons;
    private final AccountQueries accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PointsService(
            PointsLedger ledger,
            PointsSettings settings,
            CouponService coupons,
            AccountQueries accounts,
            AuditTrail audit,
            Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.coupons = coupons;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public PointsOverview mine() {
        UUID me = CurrentActor.requireAccountId();
        long balance = ledger.balance(me);
        LocalDate today = BusinessTime.dayOf(clock.instant());
        long freshThisYear = ledger.grantedSince(me, BusinessTime.startOf(today.withDayOfYear(1)));
        return new PointsOverview(
                balance,
                Math.max(0, balance - freshThisYear),
                today.withDayOfYear(1).plusYears(1).minusDays(1),
                ledger.exists(me, checkInKey(today)),
                settings.checkIn(),
                settings.pointsPerYuan());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public List<PointsEntry> history(int offset, int limit) {
        return ledger.history(
                CurrentActor.requireAccountId(), Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public int countHistory() {
        return ledger.count(CurrentActor.requireAccountId());
    }

    /** 每日签到: once per day (China time); a second one that day is refused, even from two tabs at once. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public long checkIn() {
        UUID me = CurrentActor.requireAccountId();
        String key = checkInKey(BusinessTime.dayOf(clock.instant()));
        if (ledger.exists(me, key)) {
            throw new RuleViolated("error.points.checkedIn");
        }
        try {
            ledger.append(me, PointsKind.CHECK_IN, settings.checkIn(), key, null, null);
        } catch (DuplicateKeyException secondTab) {
            throw new RuleViolated("error.points.checkedIn");
        }
        return settings.checkIn();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public List<PointsCouponOffer> couponOffers() {
        return ledger.offers(clock.instant());
    }

    /**
     * 积分兑换: takes the offer's points and claims its coupon in one transaction — too few points, or a coupon that can
     * no longer be claimed (limit reached, ended), and neither happens.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID exchangeForCoupon(UUID templateId) {
        UUID me = CurrentActor.requireAccountId();
        long price = ledger.offerPrice(templateId).orElseThrow(() -> new NotFound("error.points.offerNotFound"));
        UUID exchange = Ids.newId(clock);
        if (!ledger.append(me, PointsKind.COUPON, -price, "coupon:" + exchange, null, null)) {
            throw new RuleViolated("error.points.notEnough", ledger.balance(me));
        }
        return coupons.claim(templateId);
    }

    /**
     * A points campaign (积分活动): {@code points} to each listed shopper (by e-mail), once per campaign, with the reason
     * in the audit trail. Refused as a whole when an address is not a shopper's: nothing half-granted.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public int grantCampaign(String reason, long points, Collection<String> emails) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RuleViolated(Map.of("reason", "error.points.campaignReason"));
        }
        if (points < 1 || points > settings.maxCampaignGrant()) {
            throw new RuleViolated(Map.of("points", "error.points.campaignPoints"));
        }
        Set<String> addresses = new LinkedHashSet<>();
        if (emails != null) {
            emails.stream()
                    .filter(e -> e != null && !e.isBlank())
                    .map(e -> e.strip().toLowerCase(Locale.ROOT))
                    .forEach(addresses::add);
        }
        if (addresses.isEmpty() || addresses.size() > settings.maxCampaignShoppers()) {
            throw new RuleViolated(Map.of("shoppers", "error.points.campaignShoppers"));
        }
        List<UUID> shoppers = new ArrayList<>();
        for (String email : addresses) {
            UUID id = accounts.findByEmail(email)
                    .filter(account -> accounts.findById(account)
                            .map(details -> details.hasRole(Role.SHOPPER))
                            .orElse(false))
                    .orElseThrow(() -> new RuleViolated("error.points.notAShopper", email));
            shoppers.add(id);
        }
        UUID campaign = Ids.newId(clock);
        for (UUID shopper : shoppers) {
            ledger.append(shopper, PointsKind.CAMPAIGN, points, "campaign:" + campaign, null, why);
        }
        audit.record(
                "points.campaign",
                "points-campaign",
                campaign.toString(),
                why,
                "points=" + points + ", shoppers=" + shoppers.size());
        return shoppers.size();
    }

    /** Lets shoppers take the coupon template for {@code points}; audited. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void offerCouponForPoints(UUID templateId, long points) {
        if (templateId == null || !ledger.templateExists(templateId)) {
            throw new NotFound("error.coupon.notFound");
        }
        if (points < 1 || points > settings.maxCampaignGrant()) {
            throw new RuleViolated(Map.of("points", "error.points.campaignPoints"));
        }
        ledger.offerCoupon(templateId, points);
        audit.record("points.couponOffered", "coupon-template", templateId.toString(), null, "points=" + points);
    }

    static String checkInKey(LocalDate day) {
        return "checkin:" + day;
    }
}
