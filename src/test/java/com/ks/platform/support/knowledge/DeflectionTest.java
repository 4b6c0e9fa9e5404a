package com.ks.platform.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class DeflectionTest extends KnowledgeTestSupport {

    @Autowired
    Deflections deflections;

    @Autowired
    KnowledgeMetrics metrics;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private KnowledgeMetrics.DeflectionRate rateToday() {
        actAs(LEAD);
        try {
            return metrics.deflection(today(), today());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_question_the_suggestions_answered_counts_as_deflected_and_one_that_became_a_ticket_does_not() {
        KnowledgeMetrics.DeflectionRate before = rateToday();
        String shopper = newShopper();
        actAs(shopper);
        UUID answered = deflections.suggested(null, "怎么退", List.of("seven-day-no-reason-returns"), "s");
        // typing on updates the same record instead of adding one per keystroke
        assertThat(deflections.suggested(answered, "怎么退货", List.of("seven-day-no-reason-returns", "refund-only"), "s"))
                .isEqualTo(answered);
        deflections.opened(answered, "seven-day-no-reason-returns", "s");
        UUID ticket = deflections.suggested(null, "包裹丢了", List.of("track-your-parcel"), "s");
        deflections.wentOnToTicket(ticket, "s");

        Deflection recorded = deflections.mine(answered, "s").orElseThrow();
        assertThat(recorded.query()).isEqualTo("怎么退货");
        assertThat(recorded.suggested()).containsExactly("seven-day-no-reason-returns", "refund-only");
        assertThat(recorded.openedSlug()).isEqualTo("seven-day-no-reason-returns");
        assertThat(recorded.deflected()).isTrue();
        assertThat(deflections.mine(ticket, "s").orElseThrow().deflected()).isFalse();

        KnowledgeMetrics.DeflectionRate after = rateToday();
        assertThat(after.shown() - before.shown()).isEqualTo(2);
        assertThat(after.deflected() - before.deflected()).isEqualTo(1);
    }

    @Test
    void a_visitor_records_deflection_by_browser_session_and_nobody_else_can_touch_the_record() {
        UUID visit = deflections.suggested(null, "分期", List.of("installments"), "visitor-session");
        assertThatThrownBy(() -> deflections.wentOnToTicket(visit, "other-session"))
                .isInstanceOf(NotFound.class);
        actAs(newShopper());
        assertThatThrownBy(() -> deflections.opened(visit, "installments", "visitor-session"))
                .isInstanceOf(NotFound.class);
        assertThat(deflections.mine(visit, "visitor-session")).isEmpty();
    }

    @Test
    void the_metrics_count_votes_per_article_in_the_period_for_leads_only() {
        String slug = uniqueSlug("metric");
        publishedArticle(draft(slug, "统计投票的文章", "<p>正文</p>"));
        knowledge.vote(slug, true, "m1");
        knowledge.vote(slug, true, "m2");
        knowledge.vote(slug, false, "m3");
        actAs(LEAD);
        assertThat(metrics.votes(today(), today()))
                .filteredOn(v -> v.slug().equals(slug))
                .containsExactly(new KnowledgeMetrics.ArticleVotes(slug, "统计投票的文章", 2, 1));
        assertThat(metrics.votes(today().minusDays(9), today().minusDays(2)))
                .noneMatch(v -> v.slug().equals(slug));
        assertThat(new KnowledgeMetrics.DeflectionRate(3, 2).percent()).isEqualByComparingTo("66.7");
        actAs("agent@ks.demo");
        assertThatThrownBy(() -> metrics.votes(today(), today())).isInstanceOf(AccessDeniedException.class);
    }
}
