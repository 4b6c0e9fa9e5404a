package com.ks.platform.web.layout;

import com.ks.platform.ui.LanguageSelection;
import com.ks.platform.ui.MessageBell;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

@Layout("/compliance")
@PermitAll
public class ComplianceLayout extends ConsoleLayout {

    public ComplianceLayout(
            AuthenticationContext authentication, LanguageSelection languages, MessageBell messageBell) {
        super("compliance", "surface.compliance", authentication, languages, messageBell);
    }
}
