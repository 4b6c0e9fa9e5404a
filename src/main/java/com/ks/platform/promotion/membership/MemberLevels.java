package com.ks.platform.promotion.membership;

import com.ks.platform.aftersales.AfterSalesRefundRequested;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.OrderCompleted;
import com.ks.platform.promotion.MemberPriority;
import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.promotion.points.PointsAccounts;
import com.ks.platform.promotion.points.PointsKind;
import com.ks.platform.promotion.spending.OrderSpending;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Member levels from the rolling 12 months' spending: the level in force is always computed from the spending (checkout
 * and support ask here), and the level last told to the shopper is kept, so a change — up when an order completes, down
 * when a refund or the passing of time lowers the sum (a daily job) — is told once through the message centre. The
 * birthday gift (points) is given by an hourly job once per year: the year is taken with one conditional update and the
 * points entry has the year in its source key.
 */
@Component
public class MemberLevels implements MemberPriority {

    private static final int PAGE = 200;

    private final MemberRepository members;
    private final OrderSpending spending;
    private final MembershipSettings settings;
    private final PointsAccounts points;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MemberLevels(
            MemberRepository members,
            OrderSpending spending,
            MembershipSettings settings,
            PointsAccounts points,
            NotificationService notifications,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.members = members;
        this.spending = spending;
        this.settings = settings;
        this.points = points;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public MembershipSettings settings() {
        return settings;
    }

    public long spentFen(UUID accountId) {
        return spending.rollingYearFen(accountId, clock.instant());
    }

    /** The level in force now. */
    public MemberTier tierOf(UUID accountId) {
        return settings.tierFor(spentFen(accountId));
    }

    public MembershipSettings.Tier privilegesOf(UUID accountId) {
        return settings.of(tierOf(accountId));
    }

    @Override
    public Optional<String> priorityLevel(UUID accountId) {
        MemberTier tier = tierOf(accountId);
        return settings.of(tier).priorityService() ? Optional.of(tier.messageKey()) : Optional.empty();
    }

    @ApplicationModuleListener
    void on(OrderCompleted completed) {
        spending.completed(completed.orderId(), completed.accountId(), completed.totalFen(), completed.completedAt());
        refresh(completed.accountId());
    }

    @ApplicationModuleListener
    void on(AfterSalesRefundRequested refund) {
        spending.refunded(refund.orderId(), refund.refundRef(), refund.amountFen())
                .ifPresent(paid -> refresh(paid.accountId()));
    }

    /** Tells the member of a new level once (in the caller's transaction); @return the level in force. */
    MemberTier refresh(UUID accountId) {
        MemberTier now = tierOf(accountId);
        MemberTier told = MemberTier.valueOf(members.ensure(accountId).getTier());
        if (now != told && members.moveTier(accountId, told, now)) {
            notifications.send(
                    accountId,
                    new NoticeLink(PromotionRoutes.MEMBERSHIP),
                    now.compareTo(told) > 0 ? "notice.membership.up" : "notice.membership.down",
                    "i18n:" + now.messageKey());
        }
        return now;
    }

    @Scheduled(cron = "${ks.promotion.membership.review-cron:0 40 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "membership-review", lockAtMostFor = "PT30M")
    void scheduledReview() {
        reviewLevels();
    }

    /** Re-checks every member above the lowest level (old spending leaves the window); @return how many moved. */
    int reviewLevels() {
        int moved = 0;
        UUID after = null;
        while (true) {
            List<UUID> page = members.aboveRegular(after, PAGE);
            for (UUID account : page) {
                MemberTier before = MemberTier.valueOf(members.ensure(account).getTier());
                if (transactions.execute(tx -> refresh(account)) != before) {
                    moved++;
                }
            }
            if (page.size() < PAGE) {
                return moved;
            }
            after = page.getLast();
        }
    }

    @Scheduled(cron = "${ks.promotion.membership.birthday-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "membership-birthdays", lockAtMostFor = "PT30M")
    void scheduledBirthdays() {
        giveBirthdayGifts(BusinessTime.dayOf(clock.instant()));
    }

    /** The birthday gift to every member whose birthday is {@code day}, once a year; @return how many received it. */
    int giveBirthdayGifts(LocalDate day) {
        int given = 0;
        for (UUID account : members.birthdaysOn(day, day.getYear())) {
            Boolean gave = transactions.execute(tx -> {
                boolean now = members.takeBirthdayGift(account, day.getYear())
                        && points.grant(
                                account,
                                PointsKind.BIRTHDAY,
                                settings.birthdayPoints(),
                                "birthday:" + day.getYear(),
                                String.valueOf(day.getYear()));
                if (now) {
                    notifications.send(
                            account,
                            new NoticeLink(PromotionRoutes.POINTS),
                            "notice.membership.birthday",
                            String.valueOf(settings.birthdayPoints()));
                }
                return now;
            });
            if (Boolean.TRUE.equals(gave)) {
                given++;
            }
        }
        return given;
    }
}
