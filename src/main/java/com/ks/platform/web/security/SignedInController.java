package com.ks.platform.web.security;

import com.ks.platform.identity.Role;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a person lands after signing in when no saved request is waiting: the home of their strongest role. One
 * account may hold several roles; the order below puts staff surfaces before the storefront.
 */
@Controller
class SignedInController {

    private static final List<Role> PRIORITY =
            List.of(Role.ADMIN, Role.COMPLIANCE_OFFICER, Role.CS_LEAD, Role.CS_AGENT, Role.MERCHANT, Role.SHOPPER);

    @GetMapping(SecurityConfiguration.SIGNED_IN_PATH)
    String home(Authentication authentication) {
        return "redirect:" + homeOf(authentication);
    }

    static String homeOf(Authentication authentication) {
        if (authentication == null) {
            return "/";
        }
        List<String> granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return PRIORITY.stream()
                .filter(role -> granted.contains(role.authority()))
                .findFirst()
                .map(SignedInController::pathOf)
                .orElse("/");
    }

    private static String pathOf(Role role) {
        return switch (role) {
            case ADMIN -> "/admin";
            case COMPLIANCE_OFFICER -> "/compliance";
            case CS_AGENT, CS_LEAD -> "/workbench";
            case MERCHANT -> "/merchant";
            case SHOPPER -> "/";
        };
    }
}
