package com.ks.platform.compliance;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.risk.RiskAlertStatus;
import com.ks.platform.risk.RiskAlerts;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance overview's numbers: merchants by state and by current grade, violations in force and appeals waiting,
 * payment risk alerts open, every {@link ComplianceOverviewSection}'s figures, and weekly counts over the last 90 days.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class ComplianceOverview {

    static final Duration TREND_WINDOW = Duration.ofDays(90);

    /** The numbers, and per series key its weekly counts (oldest week first, weeks starting on {@code weeks}). */
    public record Numbers(
            Map<MerchantStatus, Integer> merchantsByStatus,
            Map<String, Integer> merchantsByGrade,
            int violationsInForce,
            int appealsPending,
            int riskAlertsOpen,
            List<ComplianceOverviewSection.Figure> figures,
            List<LocalDate> weeks,
            Map<String, List<Integer>> trends) {}

    private final MerchantQueries merchants;
    private final RatingRepository ratings;
    private final ViolationRepository violations;
    private final RiskAlerts riskAlerts;
    private final List<ComplianceOverviewSection> sections;
    private final Clock clock;

    ComplianceOverview(
            MerchantQueries merchants,
            RatingRepository ratings,
            ViolationRepository violations,
            RiskAlerts riskAlerts,
            List<ComplianceOverviewSection> sections,
            Clock clock) {
        this.merchants = merchants;
        this.ratings = ratings;
        this.violations = violations;
        this.riskAlerts = riskAlerts;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ComplianceOverviewSection::order))
                .toList();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Numbers numbers() {
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dayOf(now);
        LocalDate firstWeek = today.minusDays(TREND_WINDOW.toDays() - 1);
        Instant since = BusinessTime.startOf(firstWeek);
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = firstWeek; !week.isAfter(today); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        Map<String, List<Integer>> trends = new LinkedHashMap<>();
        trends.put("overview.trend.violations", weekly(violations.recordedSince(since), firstWeek, weeks.size()));
        trends.put("overview.trend.appeals", weekly(violations.appealedSince(since), firstWeek, weeks.size()));
        List<ComplianceOverviewSection.Figure> figures = new ArrayList<>();
        for (ComplianceOverviewSection section : sections) {
            figures.addAll(section.figures());
            section.trends(since).forEach((key, times) -> trends.put(key, weekly(times, firstWeek, weeks.size())));
        }
        return new Numbers(
                merchants.countByStatus(),
                ratings.latestGrades(),
                violations.count(ViolationFilter.IN_FORCE, null),
                violations.count(ViolationFilter.APPEALS_PENDING, null),
                riskAlerts.countAlerts(RiskAlertStatus.OPEN),
                figures,
                weeks,
                trends);
    }

    private static List<Integer> weekly(List<Instant> times, LocalDate firstWeek, int weeks) {
        int[] counts = new int[weeks];
        for (Instant time : times) {
            long week = ChronoUnit.DAYS.between(firstWeek, BusinessTime.dayOf(time)) / 7;
            if (week >= 0 && week < weeks) {
                counts[(int) week]++;
            }
        }
        List<Integer> list = new ArrayList<>();
        for (int count : counts) {
            list.add(count);
        }
        return list;
    }
}
