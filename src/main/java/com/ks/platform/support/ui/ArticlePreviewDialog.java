package com.ks.platform.support.ui;

import com.ks.platform.catalog.RichDescription;
import com.ks.platform.support.knowledge.ArticleDraft;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/**
 * What readers will see, before saving: each language version as the article page shows it, sanitised by the same
 * rule the save applies (so a removed script or foreign image is already gone here).
 */
class ArticlePreviewDialog extends Dialog {

    ArticlePreviewDialog(ArticleDraft draft) {
        setHeaderTitle(getTranslation("knowledge.preview"));
        setWidth("min(900px, 95vw)");
        add(version("knowledge.lang.zh", draft.titleZh(), draft.bodyZh()));
        if (draft.titleEn() != null && !draft.titleEn().isBlank()) {
            add(version("knowledge.lang.en", draft.titleEn(), draft.bodyEn()));
        }
        getFooter().add(new Button(getTranslation("knowledge.preview.close"), click -> close()));
    }

    private Section version(String languageKey, String title, String body) {
        String safe = RichDescription.sanitise(body == null ? "" : body);
        Section section = new Section(
                new H3(getTranslation(languageKey)),
                new H1(title == null ? "" : title),
                new Html("<div class=\"ks-rich-text\">" + safe + "</div>"));
        section.addClassNames("ks-card", "ks-help-article");
        return section;
    }
}
