package com.ks.platform.community;

import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of community content by shoppers, and the admins' decisions: hide the item with a reason the author is told
 * (nothing is deleted), or dismiss the reports. Every decision is in the audit trail.
 */
@Service
public class CommunityModeration {

    public static final int MAX_NOTE = 200;
    public static final int MIN_REASON = 4;

    private final PostRepository posts;
    private final QuestionRepository questions;
    private final ReportRepository reports;
    private final Members members;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    CommunityModeration(
            PostRepository posts,
            QuestionRepository questions,
            ReportRepository reports,
            Members members,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock) {
        this.posts = posts;
        this.questions = questions;
        this.reports = reports;
        this.members = members;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an item says, who wrote it, where it is shown and whether it is hidden. */
    private record Content(UUID memberId, String body, String route, Instant hiddenAt) {}

    /** A shopper reports a visible item once; their own cannot be reported. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void report(ItemKind kind, UUID itemId, ReportReason reason, String note) {
        Content content = visible(kind, itemId);
        if (reason == null) {
            throw new RuleViolated(Map.of("reason", "error.community.reportReasonRequired"));
        }
        String clean = note == null ? "" : note.strip();
        if (clean.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("note", "error.community.reportNoteTooLong"));
        }
        if (members.meIfAny().map(content.memberId()::equals).orElse(false)) {
            throw new RuleViolated("error.community.reportOwn");
        }
        if (!reports.add(
                Ids.newId(clock),
                kind,
                itemId,
                CurrentActor.requireAccountId(),
                reason,
                clean.isEmpty() ? null : clean,
                clock.instant())) {
            throw new RuleViolated("error.community.reportedAlready");
        }
    }

    /** The admins' queue: items with open reports, the longest-waiting first, with all they say. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public List<ReportedItem> reported(int offset, int limit) {
        return reports.reported(Math.max(0, offset), Math.clamp(limit, 1, CommunityQueries.MAX_PAGE)).stream()
                .map(item -> {
                    Content content = content(item.kind(), item.itemId()).orElseThrow();
                    var open = reports.open(item.kind(), item.itemId());
                    return new ReportedItem(
                            item.kind(),
                            item.itemId(),
                            members.authors(List.of(content.memberId())).get(content.memberId()),
                            content.body(),
                            content.route(),
                            open.count(),
                            open.reasons(),
                            open.latestNote(),
                            open.first());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public int countReported() {
        return reports.countReported();
    }

    /** Hides the item with a reason the author is told in the message centre; its open reports are upheld. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void hide(ItemKind kind, UUID itemId, String reason) {
        String clean = decisionText(reason, "error.community.hideReason");
        Content content = content(kind, itemId).orElseThrow(() -> notFound(kind));
        Instant now = clock.instant();
        boolean hidden = switch (kind) {
            case POST -> posts.hidePost(itemId, clean, now);
            case REPLY -> posts.hideReply(itemId, clean, now);
            case QUESTION -> questions.hideQuestion(itemId, clean, now);
            case ANSWER -> questions.hideAnswer(itemId, clean, now);
        };
        if (!hidden) {
            throw new RuleViolated("error.community.hiddenAlready");
        }
        int upheld = reports.decide(kind, itemId, ReportRepository.UPHELD, now);
        audit.record(
                "community.contentHidden", "community." + kind.name(), itemId.toString(), clean, "reports=" + upheld);
        notifications.send(
                members.accountOf(content.memberId()),
                new NoticeLink(CommunityRoutes.FEED),
                "notice.community.hidden",
                excerpt(content.body()),
                clean);
    }

    /** Leaves the item as it is and closes its open reports. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void dismissReports(ItemKind kind, UUID itemId, String note) {
        String clean = decisionText(note, "error.community.dismissReason");
        content(kind, itemId).orElseThrow(() -> notFound(kind));
        int dismissed = reports.decide(kind, itemId, ReportRepository.DISMISSED, clock.instant());
        if (dismissed == 0) {
            throw new RuleViolated("error.community.nothingOpen");
        }
        audit.record(
                "community.reportsDismissed",
                "community." + kind.name(),
                itemId.toString(),
                clean,
                "reports=" + dismissed);
    }

    private static String decisionText(String text, String key) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() < MIN_REASON || clean.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("reason", key));
        }
        return clean;
    }

    private static String excerpt(String body) {
        return body.length() > 30 ? body.substring(0, 30) + "…" : body;
    }

    private Content visible(ItemKind kind, UUID itemId) {
        return content(kind, itemId).filter(c -> c.hiddenAt() == null).orElseThrow(() -> notFound(kind));
    }

    private static NotFound notFound(ItemKind kind) {
        return new NotFound("error.community.itemNotFound");
    }

    private Optional<Content> content(ItemKind kind, UUID itemId) {
        return switch (kind) {
            case POST ->
                posts.find(itemId)
                        .map(p -> new Content(
                                p.getMemberId(), p.getBody(), CommunityRoutes.post(p.getId()), p.getHiddenAt()));
            case REPLY ->
                posts.findReply(itemId)
                        .map(r -> new Content(
                                r.getMemberId(), r.getBody(), CommunityRoutes.post(r.getPostId()), r.getHiddenAt()));
            case QUESTION ->
                questions
                        .find(itemId)
                        .map(q -> new Content(
                                q.getMemberId(),
                                q.getBody(),
                                CommunityRoutes.product(q.getProductId()),
                                q.getHiddenAt()));
            case ANSWER ->
                questions.findAnswer(itemId).map(a -> {
                    UUID productId =
                            questions.find(a.getQuestionId()).orElseThrow().getProductId();
                    return new Content(
                            a.getMemberId(), a.getBody(), CommunityRoutes.product(productId), a.getHiddenAt());
                });
        };
    }
}
