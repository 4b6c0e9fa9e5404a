package com.ks.platform.engagement;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopper's browsing history (浏览记录). Visits are recorded by {@link Tracking} from PAGE_VIEW events that carry a
 * product id; the shopper may wipe the list at any time (PIPL art. 47: deletion on request).
 */
@Service
@PreAuthorize(Roles.IS_SHOPPER)
public class HistoryService {

    private final ViewHistoryRepository history;

    HistoryService(ViewHistoryRepository history) {
        this.history = history;
    }

    @Transactional
    public int clearMyHistory() {
        return history.clear(CurrentActor.requireAccountId());
    }
}
