package com.ks.platform.web.layout;

import com.ks.platform.ui.LanguageSelection;
import com.ks.platform.ui.MessageBell;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

@Layout("/workbench")
@PermitAll
public class WorkbenchLayout extends ConsoleLayout {

    public WorkbenchLayout(AuthenticationContext authentication, LanguageSelection languages, MessageBell messageBell) {
        super("workbench", "surface.workbench", authentication, languages, messageBell);
    }
}
