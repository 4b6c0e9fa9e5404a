package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.ChecklistResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.stream.Collectors;

/** The system's checks, each passed or failed, with the documents at fault. */
class ChecklistPanel extends Div {

    ChecklistPanel(List<ChecklistResult> results) {
        addClassName("ks-card");
        add(new H3(getTranslation("checklist.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("ks-checklist");
        for (ChecklistResult result : results) {
            var icon = (result.passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
            icon.addClassName(result.passed() ? "ks-check-ok" : "ks-check-bad");
            // a named icon is an image to assistive technology; a bare vaadin-icon may not carry a label
            icon.getElement().setAttribute("role", "img");
            icon.getElement()
                    .setAttribute(
                            "aria-label", getTranslation(result.passed() ? "checklist.passed" : "checklist.failed"));
            String text = getTranslation("checklist." + result.item().name());
            if (!result.documents().isEmpty()) {
                text += "："
                        + result.documents().stream()
                                .map(kind -> getTranslation("document.kind." + kind.name()))
                                .collect(Collectors.joining("、"));
            }
            ListItem item = new ListItem(icon, new Span(text));
            item.addClassName(result.passed() ? "ks-check-passed" : "ks-check-failed");
            list.add(item);
        }
        add(list);
    }
}
