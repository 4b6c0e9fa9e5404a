package com.ks.platform.merchant;

import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a merchant into or out of a penalty state (WARNED, RESTRICTED, SUSPENDED, TERMINATED). Compliance decides
 * which state its penalties call for and calls this inside its own transaction; the state change itself, its event
 * and the merchant row lock stay here. Not a door for people: compliance's services carry the officer's rights.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class MerchantSanctions {

    private final MerchantRepository merchants;
    private final Clock clock;

    MerchantSanctions(MerchantRepository merchants, Clock clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    /** The merchant's state now, its row locked until the caller's transaction ends. */
    @ModuleHook
    public MerchantStatus lock(UUID merchantId) {
        return merchants.statusForUpdate(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
    }

    /**
     * Moves a locked merchant from {@code from} to {@code to}. Only a granted appeal may bring a merchant back from
     * TERMINATED ({@code reinstatement}): the state machine otherwise ends there.
     */
    @ModuleHook
    public boolean move(UUID merchantId, MerchantStatus from, MerchantStatus to, boolean reinstatement) {
        if (from == to) {
            return true;
        }
        boolean allowed = from.canMoveTo(to) || (reinstatement && from == MerchantStatus.TERMINATED);
        return allowed && merchants.transition(merchantId, from, to, clock.instant());
    }

    /** Who to tell: the owner's account. */
    @ModuleHook
    public UUID ownerOf(UUID merchantId) {
        return merchants.ownerOf(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
    }
}
