package com.ks.platform.privacy;

import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RetainedRecords;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登录记录: each interactive sign-in (not every API call) is recorded for the person's copy and kept only for the
 * configured period; signing in during a closure's grace period cancels the closure (PIPL art. 47 grace, as promised).
 */
@Component
class SignInRecords implements RetainedRecords {

    static final String NAME = "sign-in-records";

    private final SignInRepository signIns;
    private final AccountClosures closures;
    private final Clock clock;

    SignInRecords(SignInRepository signIns, AccountClosures closures, Clock clock) {
        this.signIns = signIns;
        this.closures = closures;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal)) {
            return;
        }
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        signIns.insert(Ids.newId(clock), principal.accountId(), clock.instant(), address);
        closures.cancelOnSignIn(principal.accountId());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return signIns.deleteBefore(cutoff);
    }
}
