package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.StaffPermission;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A member's or an invitation's permissions as one translated line, in the permissions' own order. */
final class PermissionLabels {

    private PermissionLabels() {}

    static String of(Collection<StaffPermission> permissions, Function<String, String> translate) {
        return permissions.stream()
                .sorted()
                .map(p -> translate.apply("staff.permission." + p.name()))
                .collect(Collectors.joining("、"));
    }
}
