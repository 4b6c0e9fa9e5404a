package com.ks.platform.support.knowledge;

import static com.ks.jooq.Tables.SUPPORT_ARTICLE;
import static com.ks.jooq.Tables.SUPPORT_ARTICLE_TEXT;
import static com.ks.jooq.Tables.SUPPORT_ARTICLE_VOTE;
import static com.ks.jooq.Tables.SUPPORT_DEFLECTION;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The knowledge base's figures for leads, for a period of days (Asia/Shanghai): deflection and votes per article. */
@Service
@Transactional(readOnly = true)
public class KnowledgeMetrics {

    private final DSLContext db;

    KnowledgeMetrics(DSLContext db) {
        this.db = db;
    }

    /** Of the contact attempts in the period that were shown articles, how many did not go on to a ticket. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    public DeflectionRate deflection(LocalDate from, LocalDate to) {
        var period = between(from, to, SUPPORT_DEFLECTION.CREATED_AT);
        var suggested = SUPPORT_DEFLECTION.SUGGESTED.ne("");
        int shown = db.fetchCount(SUPPORT_DEFLECTION, period.and(suggested));
        int deflected = db.fetchCount(
                SUPPORT_DEFLECTION, period.and(suggested).and(SUPPORT_DEFLECTION.TICKET_OPENED.isFalse()));
        return new DeflectionRate(shown, deflected);
    }

    /** Votes cast in the period per article (most voted first), titled in Chinese. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    public List<ArticleVotes> votes(LocalDate from, LocalDate to) {
        var helpful = DSL.sum(DSL.when(SUPPORT_ARTICLE_VOTE.HELPFUL.isTrue(), 1).otherwise(0));
        var all = DSL.count();
        return db.select(SUPPORT_ARTICLE.SLUG, SUPPORT_ARTICLE_TEXT.TITLE, helpful, all)
                .from(SUPPORT_ARTICLE_VOTE)
                .join(SUPPORT_ARTICLE)
                .on(SUPPORT_ARTICLE.ID.eq(SUPPORT_ARTICLE_VOTE.ARTICLE_ID))
                .join(SUPPORT_ARTICLE_TEXT)
                .on(SUPPORT_ARTICLE_TEXT.ARTICLE_ID.eq(SUPPORT_ARTICLE.ID).and(SUPPORT_ARTICLE_TEXT.LANG.eq("zh")))
                .where(between(from, to, SUPPORT_ARTICLE_VOTE.VOTED_AT))
                .groupBy(SUPPORT_ARTICLE.SLUG, SUPPORT_ARTICLE_TEXT.TITLE)
                .orderBy(all.desc(), SUPPORT_ARTICLE.SLUG)
                .fetch(r -> new ArticleVotes(
                        r.value1(),
                        r.value2(),
                        r.value3().intValue(),
                        r.value4() - r.value3().intValue()));
    }

    private static org.jooq.Condition between(LocalDate from, LocalDate to, org.jooq.Field<Instant> at) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolated("error.knowledge.period");
        }
        Instant start = from.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return at.ge(start).and(at.lt(end));
    }

    /** Attempts shown articles, and those that ended without a ticket. */
    public record DeflectionRate(int shown, int deflected) {

        /** The share deflected, in per cent with one decimal; zero when nothing was shown. */
        public BigDecimal percent() {
            return shown == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(deflected * 100L).divide(BigDecimal.valueOf(shown), 1, RoundingMode.HALF_UP);
        }
    }

    public record ArticleVotes(String slug, String title, int helpful, int notHelpful) {}
}
