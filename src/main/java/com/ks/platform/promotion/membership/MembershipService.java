package com.ks.platform.promotion.membership;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in shopper's membership: level, progress and privileges, and the birthday for the yearly gift. */
@Service
public class MembershipService {

    private final MemberLevels levels;
    private final MemberRepository members;
    private final Clock clock;

    MembershipService(MemberLevels levels, MemberRepository members, Clock clock) {
        this.levels = levels;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public MembershipOverview mine() {
        UUID me = CurrentActor.requireAccountId();
        MembershipSettings settings = levels.settings();
        long spent = levels.spentFen(me);
        MemberTier tier = settings.tierFor(spent);
        MemberTier next =
                tier.ordinal() + 1 < MemberTier.values().length ? MemberTier.values()[tier.ordinal() + 1] : null;
        long toNext = next == null ? 0 : settings.of(next).thresholdFen() - spent;
        var row = members.find(me);
        int year = BusinessTime.dayOf(clock.instant()).getYear();
        return new MembershipOverview(
                tier,
                spent,
                next,
                toNext,
                settings.tiers(),
                row.map(r -> r.getBirthday()).orElse(null),
                row.map(r -> r.getBirthdayGiftYear() != null && r.getBirthdayGiftYear() >= year)
                        .orElse(false),
                settings.birthdayPoints());
    }

    /**
     * Gives the birthday once: it cannot be changed afterwards (so no one moves it to collect a second gift in a year),
     * must lie in the past and not more than 120 years back.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void setBirthday(LocalDate birthday) {
        UUID me = CurrentActor.requireAccountId();
        LocalDate today = BusinessTime.dayOf(clock.instant());
        if (birthday == null || !birthday.isBefore(today) || birthday.isBefore(today.minusYears(120))) {
            throw new RuleViolated(Map.of("birthday", "error.membership.birthdayInvalid"));
        }
        members.ensure(me);
        if (!members.setBirthday(me, birthday)) {
            throw new RuleViolated("error.membership.birthdayFixed");
        }
    }
}
