package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.DocumentKind;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;

/** What the review needs: each document the merchant's category requires, filed (✓) or still missing. */
class DocumentChecklist extends UnorderedList {

    DocumentChecklist(Set<DocumentKind> required, Set<DocumentKind> missing) {
        addClassName("ks-checklist");
        setId("onboarding-checklist");
        for (DocumentKind kind : required) {
            boolean filed = !missing.contains(kind);
            var icon = (filed ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName(filed ? "ks-check-ok" : "ks-check-bad");
            icon.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(
                    icon,
                    new Span(getTranslation(
                            filed ? "onboarding.checklist.filed" : "onboarding.checklist.missing",
                            getTranslation("document.kind." + kind.name()))));
            item.addClassName(filed ? "ks-check-passed" : "ks-check-failed");
            add(item);
        }
    }
}
