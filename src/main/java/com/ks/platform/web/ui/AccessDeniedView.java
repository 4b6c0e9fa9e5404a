package com.ks.platform.web.ui;

import com.ks.platform.intrusion.IntrusionDetection;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a page of another role: say so plainly and offer the way home. */
@ParentLayout(StorefrontLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final IntrusionDetection intrusions;

    public AccessDeniedView(IntrusionDetection intrusions) {
        this.intrusions = intrusions;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // repeated refusals from one source are an intrusion signal (a person poking at other roles' pages)
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            intrusions.accessDenied(
                    request.getRemoteAddr(), "/" + event.getLocation().getPath());
        }
        ErrorPage.fill(this, "error.denied.title", "error.denied.text", "signed-in");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
