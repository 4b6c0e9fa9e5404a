package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityRules;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.ProductQuestions;
import com.ks.platform.community.Question;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;

/**
 * 问大家 on the product page: questions with their buyers' answers, answered ones first; shoppers ask, and people who
 * received the product answer (others are told only buyers answer). Visitors read and sign in to ask.
 */
class ProductQuestionsSection extends Div {

    static final int SHOWN = 5;

    private final ProductQuestions questions;
    private final CommunityModeration moderation;
    private final UUID productId;
    private final Div list = new Div();
    private final Button more = new Button();
    private final boolean canAnswer;
    private int total;

    ProductQuestionsSection(ProductQuestions questions, CommunityModeration moderation, UUID productId) {
        this.questions = questions;
        this.moderation = moderation;
        this.productId = productId;
        this.canAnswer = questions.canAnswer(productId);
        addClassNames("ks-card", "ks-product-questions");
        list.addClassName("ks-community-question-list");
        more.setText(getTranslation("community.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        refresh();
    }

    private void refresh() {
        removeAll();
        list.removeAll();
        total = questions.count(productId);
        add(new H2(getTranslation("community.questions.title", Formats.number(total, getLocale()))));
        add(askForm());
        if (total == 0) {
            Paragraph none = new Paragraph(getTranslation("community.questions.none"));
            none.addClassName("ks-muted");
            add(none);
        }
        add(list, more);
        showMore();
    }

    private void showMore() {
        questions.ofProduct(productId, list.getComponentCount(), SHOWN).forEach(q -> list.add(item(q)));
        more.setVisible(list.getComponentCount() < total);
    }

    private Div askForm() {
        if (!Actions.shopper() && Actions.signedIn()) {
            // merchants and staff read the questions; only shoppers ask
            return new Div();
        }
        if (!Actions.shopper()) {
            Button signIn = new Button(getTranslation("community.questions.signIn"), click -> Actions.signIn());
            signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new Div(signIn);
        }
        TextField question = new TextField();
        question.setAriaLabel(getTranslation("community.questions.ask"));
        question.setPlaceholder(getTranslation("community.questions.askHint"));
        question.setMaxLength(CommunityRules.Text.QUESTION.max);
        question.setWidthFull();
        Button ask = new Button(getTranslation("community.questions.ask"));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setDisableOnClick(true);
        ask.addClickListener(click -> {
            if (Actions.attempt(() -> questions.ask(productId, question.getValue()), Map.of("question", question))) {
                Notices.success("community.questions.asked");
                refresh();
            }
            ask.setEnabled(true);
        });
        Div form = new Div(question, ask);
        form.addClassName("ks-community-ask");
        return form;
    }

    private Div item(Question question) {
        Span badge = new Span(getTranslation("community.questions.q"));
        badge.addClassName("ks-community-q");
        Div item = new Div(new Div(badge, new Span(question.body())));
        item.addClassNames("ks-card", "ks-community-question");
        Span asked = new Span(getTranslation(
                "community.questions.askedBy",
                question.asker().nickname(),
                Formats.dateTime(question.createdAt(), getLocale())));
        asked.addClassName("ks-muted");
        item.add(asked);
        if (Actions.shopper() && !question.mine()) {
            item.add(ReportDialog.button(moderation, ItemKind.QUESTION, question.id()));
        }
        if (question.answers().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.questions.noAnswers"));
            none.addClassName("ks-muted");
            item.add(none);
        }
        for (Question.Answer answer : question.answers()) {
            Span a = new Span(getTranslation("community.questions.a"));
            a.addClassName("ks-community-a");
            Span who = new Span(
                    getTranslation("community.questions.buyer", answer.author().nickname()));
            who.addClassName("ks-muted");
            Div line = new Div(a, new Span(answer.body()), who);
            line.addClassName("ks-community-answer");
            if (Actions.shopper() && !answer.mine()) {
                line.add(ReportDialog.button(moderation, ItemKind.ANSWER, answer.id()));
            }
            item.add(line);
        }
        if (canAnswer && question.answers().stream().noneMatch(Question.Answer::mine)) {
            item.add(answerForm(question));
        }
        return item;
    }

    private Div answerForm(Question question) {
        TextField answer = new TextField();
        answer.setAriaLabel(getTranslation("community.questions.answer"));
        answer.setPlaceholder(getTranslation("community.questions.answerHint"));
        answer.setMaxLength(CommunityRules.Text.ANSWER.max);
        answer.setWidthFull();
        Button send = new Button(getTranslation("community.questions.answer"));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            if (Actions.attempt(() -> questions.answer(question.id(), answer.getValue()), Map.of("answer", answer))) {
                Notices.success("community.questions.answered");
                refresh();
            }
            send.setEnabled(true);
        });
        Div form = new Div(answer, send);
        form.addClassName("ks-community-ask");
        return form;
    }
}
