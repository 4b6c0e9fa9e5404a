package com.ks.platform.support.ui;

import com.ks.platform.support.knowledge.ArticleSummary;
import com.ks.platform.support.knowledge.Deflections;
import com.ks.platform.support.knowledge.KnowledgeQueries;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.UUID;

/**
 * Up to three articles that may answer what a person is typing into a question field, shown before they send it (the
 * contact form embeds it). Debounced: it asks the index when typing pauses. Each time articles are shown it records
 * a {@link com.ks.platform.support.knowledge.Deflection}; the form calls {@link #wentOnToTicket()} when the ticket
 * is created, so the metrics can tell the questions the articles answered from those they did not.
 */
public class ArticleSuggestions extends Div {

    static final int DEBOUNCE_MS = 400;
    static final int MIN_CHARS = 2;

    private final KnowledgeQueries knowledge;
    private final Deflections deflections;
    private final UnorderedList list = new UnorderedList();
    private UUID deflectionId;

    public ArticleSuggestions(KnowledgeQueries knowledge, Deflections deflections) {
        this.knowledge = knowledge;
        this.deflections = deflections;
        addClassName("ks-help-suggestions");
        getElement().setAttribute("aria-live", "polite");
        add(new Span(getTranslation("help.suggestions.title")), list);
        setVisible(false);
    }

    /** Follows the field's text from now on (it is given the debounced value-change mode). */
    public <F extends AbstractField<F, String> & HasValueChangeMode> ArticleSuggestions follow(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addValueChangeListener(change -> suggestFor(change.getValue()));
        return this;
    }

    /** Shows (and records) the articles for this text; fewer than two characters show none. */
    public List<ArticleSummary> suggestFor(String text) {
        String typed = text == null ? "" : text.strip();
        List<ArticleSummary> found = typed.length() < MIN_CHARS
                ? List.of()
                : knowledge.search(typed, getLocale(), KnowledgeQueries.SUGGESTIONS);
        list.removeAll();
        found.forEach(article -> list.add(new ListItem(link(article))));
        setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            deflectionId = deflections.suggested(
                    deflectionId,
                    typed,
                    found.stream().map(ArticleSummary::slug).toList(),
                    HelpSession.current());
        }
        return found;
    }

    /** The contact form calls this once its ticket was created; nothing to record when no article was suggested. */
    public void wentOnToTicket() {
        if (deflectionId != null) {
            deflections.wentOnToTicket(deflectionId, HelpSession.current());
        }
    }

    /** The record of this visit of the form, once articles were suggested. */
    public UUID deflectionId() {
        return deflectionId;
    }

    /** Opens in a new tab, so nothing typed into the form is lost; the click is recorded as the article opened. */
    private Anchor link(ArticleSummary article) {
        Anchor link = ArticleLinks.link(article);
        link.setTarget("_blank");
        link.getElement().addEventListener("click", click -> opened(article.slug()));
        return link;
    }

    void opened(String slug) {
        if (deflectionId != null) {
            deflections.opened(deflectionId, slug, HelpSession.current());
        }
    }
}
