package com.ks.platform.web.layout;

import com.ks.platform.ui.LanguageSelection;
import com.ks.platform.ui.MessageBell;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

@Layout("/admin")
@PermitAll
public class AdminLayout extends ConsoleLayout {

    public AdminLayout(AuthenticationContext authentication, LanguageSelection languages, MessageBell messageBell) {
        super("admin", "surface.admin", authentication, languages, messageBell);
    }
}
