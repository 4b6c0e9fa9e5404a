package com.ks.platform.privacy;

import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DocumentNumbers;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privacy requests that need a person: filed by the person, answered by a compliance officer within 15 working days
 * of receipt (PIPL art. 50 asks for a timely answer; 15 working days is the deadline of GB/T 35273-2020 §8.7), and
 * the answer reaches the person through the message centre.
 */
@Service
public class PrivacyRequests {

    public static final int MAX_TEXT = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RequestRepository requests;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final PrivacySettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    PrivacyRequests(
            RequestRepository requests,
            NotificationService notifications,
            AuditTrail audit,
            PrivacySettings settings,
            Clock clock) {
        this.requests = requests;
        this.notifications = notifications;
        this.audit = audit;
        this.settings = settings;
        this.workingDays = new WorkingDays(new HashSet<>(settings.holidays()), new HashSet<>(settings.extraWorkdays()));
        this.clock = clock;
    }

    /** The signed-in person files a request. @return its number (YS-20261204-…) */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String submit(PrivacyRequestKind kind, String text) {
        String body = text == null ? "" : text.strip();
        if (kind == null) {
            throw new RuleViolated(Map.of("kind", "pipl.request.kindRequired"));
        }
        if (body.isEmpty()) {
            throw new RuleViolated(Map.of("body", "pipl.request.bodyRequired"));
        }
        if (body.length() > MAX_TEXT) {
            throw new RuleViolated(Map.of("body", "pipl.request.bodyTooLong"));
        }
        UUID accountId = CurrentActor.requireAccountId();
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        LocalDate received = BusinessTime.dayOf(now);
        String number = DocumentNumbers.of("YS", received, id);
        LocalDate due = workingDays.after(received, settings.requestWorkingDays());
        requests.insert(id, number, accountId, kind, body, now, due);
        audit.record("privacyRequest.received", "privacyRequest", id.toString(), null, kind.name());
        notifications.send(
                accountId,
                new NoticeLink(PrivacyRoutes.CENTRE),
                "notice.privacy.requestReceived",
                number,
                due.toString());
        return number;
    }

    /** The signed-in person's own requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PrivacyRequestSummary> mine() {
        return requests.ofAccount(CurrentActor.requireAccountId());
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<PrivacyRequestSummary> queue(boolean openOnly, int offset, int limit) {
        return requests.queue(openOnly, Math.max(0, offset), Math.min(Math.max(limit, 0), 200));
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int count(boolean openOnly) {
        return requests.count(openOnly);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public PrivacyRequestSummary find(UUID id) {
        return requests.find(id).orElseThrow(() -> new NotFound("pipl.request.notFound"));
    }

    /** An officer answers a request; the reply goes to the person's message centre. Answered once only. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public void resolve(UUID id, String replyText) {
        String reply = replyText == null ? "" : replyText.strip();
        if (reply.isEmpty()) {
            throw new RuleViolated(Map.of("reply", "pipl.request.replyRequired"));
        }
        if (reply.length() > MAX_TEXT) {
            throw new RuleViolated(Map.of("reply", "pipl.request.bodyTooLong"));
        }
        PrivacyRequestSummary request = find(id);
        if (!requests.resolve(id, reply, CurrentActor.requireAccountId(), clock.instant())) {
            throw new RuleViolated("pipl.request.alreadyResolved");
        }
        audit.record("privacyRequest.resolved", "privacyRequest", id.toString(), null);
        notifications.send(
                request.accountId(),
                new NoticeLink(PrivacyRoutes.CENTRE),
                "notice.privacy.requestAnswered",
                request.requestNo(),
                reply);
    }

    /** The day a request received today must be answered by. */
    @PreAuthorize("permitAll()")
    public LocalDate dueForToday() {
        return workingDays.after(BusinessTime.dayOf(clock.instant()), settings.requestWorkingDays());
    }
}
