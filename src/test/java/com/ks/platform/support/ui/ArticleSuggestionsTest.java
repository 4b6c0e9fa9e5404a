package com.ks.platform.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.support.knowledge.Deflection;
import com.ks.platform.support.knowledge.Deflections;
import com.ks.platform.support.knowledge.KnowledgeTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The suggestions a question field gets before a ticket is sent, and the deflection they record. */
class ArticleSuggestionsTest extends KnowledgeTestSupport {

    @Autowired
    Deflections deflections;

    @Test
    void typing_a_question_suggests_up_to_three_articles_and_sending_it_anyway_is_recorded() {
        signInAs(newShopper());
        TextArea question = new TextArea("问题描述");
        ArticleSuggestions suggestions = new ArticleSuggestions(queries, deflections).follow(question);
        UI.getCurrent().add(question, suggestions);
        assertThat(suggestions.isVisible()).isFalse();

        _setValue(question, "我想退货，运费谁出");
        var links = _find(suggestions, Anchor.class);
        assertThat(links).hasSizeBetween(1, 3);
        assertThat(links).allSatisfy(link -> assertThat(link.getTarget()).contains("_blank"));
        assertThat(links.stream().map(Anchor::getHref)).anyMatch(href -> href.contains("returns"));
        assertThat(suggestions.isVisible()).isTrue();

        suggestions.opened("seven-day-no-reason-returns");
        suggestions.wentOnToTicket();
        Deflection recorded = deflections.mine(suggestions.deflectionId(), null).orElseThrow();
        assertThat(recorded.query()).isEqualTo("我想退货，运费谁出");
        assertThat(recorded.openedSlug()).isEqualTo("seven-day-no-reason-returns");
        assertThat(recorded.ticketOpened()).isTrue();
        assertThat(recorded.deflected()).isFalse();
    }

    @Test
    void a_single_character_or_nonsense_suggests_nothing_and_records_nothing() {
        TextArea question = new TextArea();
        ArticleSuggestions suggestions = new ArticleSuggestions(queries, deflections).follow(question);
        UI.getCurrent().add(question, suggestions);
        _setValue(question, "退");
        _setValue(question, "qqqqzzzzxxxx");
        assertThat(suggestions.isVisible()).isFalse();
        assertThat(suggestions.deflectionId()).isNull();
        suggestions.wentOnToTicket();
    }
}
