package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleCategory;
import com.ks.platform.support.knowledge.ArticleSummary;
import com.ks.platform.support.knowledge.KnowledgeQueries;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The help centre: a search box that lists matching articles while the person types, quick ways to after-sales, tickets
 * and a person, the categories with their articles, and the most read articles. Open to visitors.
 */
@Route(value = SupportRoutes.HELP, layout = StorefrontLayout.class)
@AnonymousAllowed
public class HelpView extends Div implements HasDynamicTitle {

    static final int PER_CATEGORY = 5;
    static final int POPULAR = 6;
    static final int RESULTS = 8;

    private final KnowledgeQueries knowledge;
    private final TextField search = new TextField();
    private final ArticleLinks results = new ArticleLinks();
    private final Paragraph noResults = new Paragraph();

    public HelpView(KnowledgeQueries knowledge) {
        this.knowledge = knowledge;
        addClassName("ks-help");
        add(hero(), quickEntries(), popular(), categories());
    }

    private Component hero() {
        Section hero = new Section();
        hero.addClassName("ks-help-hero");
        search.setPlaceholder(getTranslation("help.search.placeholder"));
        search.setAriaLabel(getTranslation("help.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addValueChangeListener(change -> showResults(change.getValue()));
        search.addClassName("ks-help-search");
        noResults.addClassName("ks-muted");
        noResults.setVisible(false);
        results.getElement().setAttribute("aria-live", "polite");
        hero.add(new H1(getTranslation("help.title")), search, results, noResults);
        return hero;
    }

    void showResults(String text) {
        List<ArticleSummary> found = knowledge.search(text, getLocale(), RESULTS);
        results.show(found);
        boolean typed = text != null && !text.isBlank();
        noResults.setText(getTranslation("help.search.none"));
        noResults.setVisible(typed && found.isEmpty());
    }

    private Component quickEntries() {
        Div entries = new Div();
        entries.addClassName("ks-help-entries");
        entries.add(
                entry(AfterSalesRoutes.MY_CASES, VaadinIcon.ARROW_BACKWARD, "help.entry.afterSales"),
                entry(SupportRoutes.MY_TICKETS, VaadinIcon.TICKET, "help.entry.tickets"),
                entry(SupportRoutes.CONTACT, VaadinIcon.CHAT, "help.entry.contact"));
        return entries;
    }

    private Anchor entry(String route, VaadinIcon icon, String key) {
        Anchor entry = new Anchor(route);
        entry.addClassNames("ks-card", "ks-help-entry");
        entry.add(icon.create(), new Span(getTranslation(key)));
        return entry;
    }

    private Component popular() {
        Section popular = new Section();
        popular.addClassNames("ks-card", "ks-help-popular");
        popular.add(new H2(getTranslation("help.popular")), new ArticleLinks(knowledge.popular(getLocale(), POPULAR)));
        return popular;
    }

    private Component categories() {
        Div grid = new Div();
        grid.addClassName("ks-help-categories");
        for (ArticleCategory category : ArticleCategory.values()) {
            List<ArticleSummary> articles = knowledge.inCategory(category, getLocale(), PER_CATEGORY);
            if (!articles.isEmpty()) {
                Section card = new Section(new H3(getTranslation(category.labelKey())), new ArticleLinks(articles));
                card.addClassNames("ks-card", "ks-help-category");
                grid.add(card);
            }
        }
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title") + " · Ks 下单平台";
    }
}
