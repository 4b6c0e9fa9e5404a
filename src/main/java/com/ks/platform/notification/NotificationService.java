package com.ks.platform.notification;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-site notices and lets each person read only their own. */
@Service
public class NotificationService {

    private static final int MAX_PARAM_LENGTH = 1000;

    private final NoticeRepository notices;
    private final Clock clock;

    NotificationService(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Puts a notice in the account's inbox as part of the caller's command (a decision, a job), so it is sent exactly
     * when that command commits. Not a door for people: other modules' secured services call it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UUID accountId, String messageKey, String... params) {
        sendOnce(accountId, null, messageKey, params);
    }

    /** Like {@link #send}, but a second notice with the same dedupe key is not sent. @return true if sent now */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean sendOnce(UUID accountId, String dedupeKey, String messageKey, String... params) {
        if (dedupeKey != null && notices.dedupeKeyExists(dedupeKey)) {
            return false;
        }
        List<String> values = Arrays.stream(params)
                .map(p -> p == null ? "" : p.length() > MAX_PARAM_LENGTH ? p.substring(0, MAX_PARAM_LENGTH) : p)
                .toList();
        notices.insert(Ids.newId(clock), accountId, messageKey, values, dedupeKey, clock.instant());
        return true;
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

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllMineRead() {
        notices.markAllRead(CurrentActor.requireAccountId(), clock.instant());
    }
}
