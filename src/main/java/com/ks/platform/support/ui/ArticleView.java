package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleDetails;
import com.ks.platform.support.knowledge.ArticleLanguage;
import com.ks.platform.support.knowledge.KnowledgeQueries;
import com.ks.platform.support.knowledge.KnowledgeService;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One help article: the body in the reader's language, whether it helped, related articles, and the way to a person.
 * A draft or unknown address is "not found", as for any page that does not exist.
 */
@Route(value = SupportRoutes.HELP + "/articles/:slug", layout = StorefrontLayout.class)
@AnonymousAllowed
public class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RELATED = 5;

    private final KnowledgeQueries knowledge;
    private final KnowledgeService service;
    private String title = "";

    public ArticleView(KnowledgeQueries knowledge, KnowledgeService service) {
        this.knowledge = knowledge;
        this.service = service;
        addClassName("ks-help-article-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var article = event.getRouteParameters().get("slug").flatMap(slug -> knowledge.article(slug, getLocale()));
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        service.viewed(article.get().id());
        show(article.get());
    }

    private void show(ArticleDetails article) {
        removeAll();
        title = article.title();
        Nav crumbs = new Nav(
                new Anchor(SupportRoutes.HELP, getTranslation("help.title")),
                new Span(" / " + getTranslation(article.category().labelKey())));
        crumbs.addClassName("ks-help-crumbs");
        Section main = new Section();
        main.addClassNames("ks-card", "ks-help-article");
        Paragraph updated = new Paragraph(
                getTranslation("help.article.updated", Formats.dateTime(article.updatedAt(), getLocale())));
        updated.addClassName("ks-muted");
        main.add(new H1(article.title()), updated);
        if (article.language() != ArticleLanguage.of(getLocale())) {
            Paragraph onlyChinese = new Paragraph(getTranslation("help.article.chineseOnly"));
            onlyChinese.addClassName("ks-muted");
            main.add(onlyChinese);
        }
        // the body was sanitised on save and again by the query (catalog's rich-text rules)
        main.add(new Html("<div class=\"ks-rich-text\">" + article.bodyHtml() + "</div>"));
        main.add(new ArticleVotes(service, article));
        add(crumbs, main, related(article), stillNeedHelp());
    }

    private Section related(ArticleDetails article) {
        Section related = new Section();
        related.addClassNames("ks-card", "ks-help-related");
        var articles = knowledge.related(article, getLocale(), RELATED);
        related.add(new H2(getTranslation("help.article.related")), new ArticleLinks(articles));
        related.setVisible(!articles.isEmpty());
        return related;
    }

    private Section stillNeedHelp() {
        Section more = new Section();
        more.addClassNames("ks-card", "ks-help-more");
        Anchor contact = new Anchor(SupportRoutes.CONTACT, getTranslation("help.entry.contact"));
        contact.addClassName("ks-help-contact");
        more.add(new H2(getTranslation("help.article.stillNeedHelp")), contact);
        return more;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("help.title");
    }
}
