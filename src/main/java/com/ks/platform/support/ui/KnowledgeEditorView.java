package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleStatus;
import com.ks.platform.support.knowledge.EditableArticle;
import com.ks.platform.support.knowledge.KnowledgeService;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Writing one article (a new one without {@code ?article=}): both languages, preview, save, publish / unpublish. The
 * body is HTML (paragraphs, headings, lists, links); the save removes everything else and says so by showing the
 * stored version.
 */
@Route(SupportRoutes.WORKBENCH_KNOWLEDGE + "/edit")
@RolesAllowed(Roles.CS_LEAD)
public class KnowledgeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ARTICLE = "article";

    private final KnowledgeService service;
    private final ArticleForm form = new ArticleForm();
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button unpublish = new Button();
    private UUID articleId;

    public KnowledgeEditorView(KnowledgeService service) {
        this.service = service;
        setPadding(false);
        status.addClassName("ks-knowledge-status");
        save.setText(getTranslation("knowledge.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Buttons.submitting(save, this::save);
        publish.setText(getTranslation("knowledge.publish"));
        Buttons.submitting(publish, () -> changeStatus(true));
        unpublish.setText(getTranslation("knowledge.unpublish"));
        Buttons.submitting(unpublish, () -> changeStatus(false));
        Button preview =
                new Button(getTranslation("knowledge.preview"), click -> new ArticlePreviewDialog(form.draft()).open());
        Anchor back = new Anchor(SupportRoutes.WORKBENCH_KNOWLEDGE, getTranslation("knowledge.back"));
        HorizontalLayout actions = new HorizontalLayout(save, preview, publish, unpublish, back);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        add(new HorizontalLayout(heading, status), form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getLocation().getQueryParameters().getSingleParameter(ARTICLE);
        if (id.isEmpty()) {
            articleId = null;
            showState(null);
            return;
        }
        try {
            EditableArticle article = service.editable(UUID.fromString(id.get()));
            articleId = article.id();
            form.show(article.draft());
            showState(article.status());
        } catch (IllegalArgumentException | NotFound unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save() {
        try {
            if (articleId == null) {
                articleId = service.create(form.draft());
            } else {
                service.update(articleId, form.draft());
            }
            FieldErrors.show(java.util.Map.of(), form.fields());
            EditableArticle stored = service.editable(articleId);
            form.show(stored.draft());
            showState(stored.status());
            Notices.success("knowledge.saved");
        } catch (RuleViolated invalid) {
            if (!FieldErrors.show(invalid, form.fields())) {
                Notices.error(invalid);
            }
        }
    }

    private void changeStatus(boolean published) {
        if (articleId == null) {
            return;
        }
        if (published) {
            service.publish(articleId);
        } else {
            service.unpublish(articleId);
        }
        showState(published ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT);
        Notices.success(published ? "knowledge.published" : "knowledge.unpublished");
    }

    private void showState(ArticleStatus state) {
        heading.setText(getTranslation(articleId == null ? "knowledge.new" : "knowledge.edit"));
        status.setText(state == null ? "" : getTranslation("knowledge.status." + state.name()));
        publish.setVisible(state == ArticleStatus.DRAFT);
        unpublish.setVisible(state == ArticleStatus.PUBLISHED);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.menu") + " · Ks 下单平台";
    }
}
