package com.ks.platform.engagement;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.BusinessTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often shoppers opened the signed-in merchant's product pages, per business day (Asia/Shanghai). Counted in
 * aggregate only, from {@link Tracking}'s per-merchant day counter: no person, session or product is behind a number
 * (PIPL art. 73: anonymised information is not personal information).
 */
@Service
public class ProductViewCounts {

    private final ProductViewCountRepository counts;
    private final MerchantAccess merchants;

    ProductViewCounts(ProductViewCountRepository counts, MerchantAccess merchants) {
        this.counts = counts;
        this.merchants = merchants;
    }

    /** Every day from {@code from} to {@code to} (both included, at most a year), 0 where nobody looked. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> myDailyViews(LocalDate from, LocalDate to) {
        List<LocalDate> days = BusinessTime.reportDays(from, to);
        UUID merchantId = merchants.require(StaffPermission.DASHBOARD).id();
        Map<LocalDate, Long> stored = counts.perDay(merchantId, from, to);
        Map<LocalDate, Long> views = new LinkedHashMap<>();
        days.forEach(day -> views.put(day, stored.getOrDefault(day, 0L)));
        return views;
    }
}
