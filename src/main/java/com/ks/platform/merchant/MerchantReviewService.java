package com.ks.platform.merchant;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compliance officers' decisions on a merchant's qualification (E-Commerce Law art. 27). */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class MerchantReviewService {

    private final MerchantRepository merchants;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MerchantReviewService(
            MerchantRepository merchants, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.merchants = merchants;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void approve(UUID merchantId, String note) {
        move(merchantId, MerchantStatus.ACTIVE, note, "merchant.approved");
    }

    @Transactional
    public void reject(UUID merchantId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolated("error.reason.required");
        }
        move(merchantId, MerchantStatus.REJECTED, reason.strip(), "merchant.rejected");
    }

    private void move(UUID merchantId, MerchantStatus target, String reason, String action) {
        MerchantSummary merchant =
                merchants.findById(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
        if (!merchant.status().canMoveTo(target)
                || !merchants.transition(merchantId, merchant.status(), target, clock.instant())) {
            throw new RuleViolated("error.merchant.alreadyDecided");
        }
        audit.record(action, "merchant", merchantId.toString(), reason, merchant.status() + "->" + target);
        events.publishEvent(new MerchantStatusChanged(merchantId, merchant.status(), target));
    }
}
