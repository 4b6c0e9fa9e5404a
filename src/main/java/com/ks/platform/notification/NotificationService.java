package com.ks.platform.notification;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices to the message centre (and, if the person wants that kind by e-mail, into the mail outbox in the same
 * transaction) and lets each person read only their own.
 */
@Service
public class NotificationService {

    private static final int MAX_PARAM_LENGTH = 1000;

    private final NoticeRepository notices;
    private final PreferenceRepository preferences;
    private final MailOutboxRepository outbox;
    private final Clock clock;

    NotificationService(
            NoticeRepository notices, PreferenceRepository preferences, MailOutboxRepository outbox, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Puts a notice in the account's inbox as part of the caller's command (a decision, a job), so it is sent exactly
     * when that command commits. Not a door for people: other modules' secured services call it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void send(UUID accountId, String messageKey, String... params) {
        sendOnce(accountId, null, null, messageKey, params);
    }

    /** Like {@link #send(UUID, String, String...)}, for a notice about an object the message centre links to. */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void send(UUID accountId, NoticeLink about, String messageKey, String... params) {
        sendOnce(accountId, null, about, messageKey, params);
    }

    /** Like {@link #send}, but a second notice with the same dedupe key is not sent. @return true if sent now */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public boolean sendOnce(UUID accountId, String dedupeKey, String messageKey, String... params) {
        return sendOnce(accountId, dedupeKey, null, messageKey, params);
    }

    /** Like {@link #sendOnce(UUID, String, String, String...)}, about an object ({@code about} may be null). */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public boolean sendOnce(UUID accountId, String dedupeKey, NoticeLink about, String messageKey, String... params) {
        if (dedupeKey != null && notices.dedupeKeyExists(dedupeKey)) {
            return false;
        }
        List<String> values = Arrays.stream(params)
                .map(p -> p == null ? "" : p.length() > MAX_PARAM_LENGTH ? p.substring(0, MAX_PARAM_LENGTH) : p)
                .toList();
        UUID noticeId = Ids.newId(clock);
        notices.insert(
                noticeId,
                accountId,
                messageKey,
                values,
                about == null ? null : about.route(),
                dedupeKey,
                clock.instant());
        if (preferences.emailWanted(accountId, NoticeKind.of(messageKey))) {
            outbox.insert(Ids.newId(clock), noticeId, clock.instant());
        }
        return true;
    }

    /** How many notices of one key an account got since a moment (a sender's own rate limit). Not a door for people. */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public int countSince(UUID accountId, String messageKey, Instant since) {
        return notices.countSince(accountId, messageKey, since);
    }

    /** The signed-in person's notices, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> myNotices(int offset, int limit) {
        return notices.pageFor(CurrentActor.requireAccountId(), Math.max(offset, 0), Math.clamp(limit, 1, 100));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countMine() {
        return notices.countFor(CurrentActor.requireAccountId(), false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countMyUnread() {
        return notices.countFor(CurrentActor.requireAccountId(), true);
    }

    /** Marks one of the signed-in person's notices read; another person's notice stays as it is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean markMineRead(UUID noticeId) {
        return noticeId != null && notices.markRead(CurrentActor.requireAccountId(), noticeId, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllMineRead() {
        notices.markAllRead(CurrentActor.requireAccountId(), clock.instant());
    }

    /** Per kind of message, whether the signed-in person wants it by e-mail too (站内信 is always on). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NoticeKind, Boolean> myEmailChoices() {
        return preferences.emailChoices(CurrentActor.requireAccountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseEmail(NoticeKind kind, boolean enabled) {
        if (kind == null || !kind.emailOptional()) {
            throw new IllegalArgumentException("kind");
        }
        preferences.setEmail(CurrentActor.requireAccountId(), kind, enabled, clock.instant());
    }
}
