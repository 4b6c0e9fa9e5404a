package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.support.knowledge.ArticleDetails;
import com.ks.platform.support.knowledge.KnowledgeService;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** 这篇文章有帮助吗？ — one vote per person (or browser session); after it, the thanks instead of the buttons. */
class ArticleVotes extends Div {

    private final KnowledgeService service;
    private final ArticleDetails article;
    private final Span question = new Span();
    private final Button helpful = new Button();
    private final Button notHelpful = new Button();

    ArticleVotes(KnowledgeService service, ArticleDetails article) {
        this.service = service;
        this.article = article;
        addClassName("ks-help-votes");
        question.setText(getTranslation("help.vote.question"));
        helpful.setText(getTranslation("help.vote.helpful"));
        helpful.setIcon(VaadinIcon.THUMBS_UP_O.create());
        notHelpful.setText(getTranslation("help.vote.notHelpful"));
        notHelpful.setIcon(VaadinIcon.THUMBS_DOWN_O.create());
        helpful.addClickListener(click -> vote(true));
        notHelpful.addClickListener(click -> vote(false));
        add(question, helpful, notHelpful);
        service.myVote(article.id(), HelpSession.current()).ifPresent(this::thanked);
    }

    private void vote(boolean wasHelpful) {
        try {
            service.vote(article.slug(), wasHelpful, HelpSession.current());
            thanked(wasHelpful);
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private void thanked(boolean wasHelpful) {
        question.setText(getTranslation(wasHelpful ? "help.vote.thanksHelpful" : "help.vote.thanksNotHelpful"));
        helpful.setVisible(false);
        notHelpful.setVisible(false);
    }
}
