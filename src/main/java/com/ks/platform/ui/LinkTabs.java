package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tabs that filter a list by a query parameter, built as links: each tab is an address a person can bookmark, open in
 * a new tab or share, and assistive technology announces the chosen one as the current page. (Vaadin's Tabs are an
 * ARIA tablist of in-page panels, which these are not — axe reports them as a tablist without proper tabs.)
 */
public class LinkTabs<T extends Enum<T>> extends Nav {

    private final Map<T, RouterLink> links = new LinkedHashMap<>();

    public LinkTabs(String ariaLabel, Class<? extends Component> view, String parameter, Iterable<T> tabs) {
        addClassName("ks-link-tabs");
        getElement().setAttribute("aria-label", ariaLabel);
        for (T tab : tabs) {
            RouterLink link = new RouterLink("", view);
            link.setQueryParameters(QueryParameters.of(parameter, tab.name()));
            link.addClassName("ks-link-tab");
            links.put(tab, link);
            add(link);
        }
    }

    public void setLabel(T tab, String label) {
        links.get(tab).setText(label);
    }

    /** Marks the tab of the list shown now. */
    public void select(T selected) {
        links.forEach((tab, link) -> {
            boolean current = tab == selected;
            link.getElement().setAttribute("aria-current", current ? "page" : "false");
            link.setClassName("ks-link-tab-selected", current);
        });
    }
}
