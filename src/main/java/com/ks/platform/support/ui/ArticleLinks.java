package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** A plain list of article links, as the help centre, the article page and the suggestions show them. */
final class ArticleLinks extends UnorderedList {

    ArticleLinks() {
        addClassName("ks-help-links");
    }

    ArticleLinks(List<ArticleSummary> articles) {
        this();
        show(articles);
    }

    void show(List<ArticleSummary> articles) {
        removeAll();
        articles.forEach(article -> add(new ListItem(link(article))));
    }

    static Anchor link(ArticleSummary article) {
        return new Anchor(SupportRoutes.article(article.slug()), article.title());
    }
}
