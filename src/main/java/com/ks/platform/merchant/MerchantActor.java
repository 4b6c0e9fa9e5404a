package com.ks.platform.merchant;

import java.util.Arrays;
import java.util.Set;

/** Who the signed-in person is to a merchant: its owner (everything) or an active staff member with permissions. */
public record MerchantActor(MerchantSummary merchant, boolean owner, Set<StaffPermission> permissions) {

    public MerchantActor {
        permissions = Set.copyOf(permissions);
    }

    public boolean may(StaffPermission permission) {
        return owner || permissions.contains(permission);
    }

    /** Whether this person may open a merchant-portal view, by its {@link StaffAccess} (none: the owner's alone). */
    public boolean mayOpen(Class<?> view) {
        if (owner) {
            return true;
        }
        StaffAccess access = view == null ? null : view.getAnnotation(StaffAccess.class);
        return access != null
                && (access.value().length == 0 || Arrays.stream(access.value()).anyMatch(this::may));
    }
}
