package com.ks.platform.support.ui;

import com.ks.platform.support.knowledge.ArticleCategory;
import com.ks.platform.support.knowledge.ArticleDraft;
import com.ks.platform.support.knowledge.KnowledgeService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article's fields: address, category, and the Chinese and English versions side by side. The limits shown are the
 * service's; the service checks everything again on save.
 */
class ArticleForm extends FormLayout {

    final TextField slug = new TextField();
    final Select<ArticleCategory> category = new Select<>();
    final TextField titleZh = new TextField();
    final TextArea bodyZh = new TextArea();
    final TextField titleEn = new TextField();
    final TextArea bodyEn = new TextArea();

    ArticleForm() {
        addClassName("ks-knowledge-form");
        slug.setLabel(getTranslation("knowledge.field.slug"));
        slug.setHelperText(getTranslation("knowledge.field.slug.help"));
        slug.setMaxLength(KnowledgeService.MAX_SLUG);
        slug.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("knowledge.field.category"));
        category.setItems(ArticleCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        titleZh.setLabel(getTranslation("knowledge.field.titleZh"));
        titleEn.setLabel(getTranslation("knowledge.field.titleEn"));
        bodyZh.setLabel(getTranslation("knowledge.field.bodyZh"));
        bodyEn.setLabel(getTranslation("knowledge.field.bodyEn"));
        for (TextField title : new TextField[] {titleZh, titleEn}) {
            title.setMaxLength(KnowledgeService.MAX_TITLE);
        }
        titleZh.setRequiredIndicatorVisible(true);
        bodyZh.setRequiredIndicatorVisible(true);
        for (TextArea body : new TextArea[] {bodyZh, bodyEn}) {
            body.setHelperText(getTranslation("knowledge.field.body.help"));
            body.setMaxLength(KnowledgeService.MAX_BODY);
            body.setMinHeight("18em");
        }
        H3 chinese = new H3(getTranslation("knowledge.lang.zh"));
        H3 english = new H3(getTranslation("knowledge.lang.en"));
        add(slug, category, chinese, english, titleZh, titleEn, bodyZh, bodyEn);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
    }

    ArticleDraft draft() {
        return new ArticleDraft(
                slug.getValue(),
                category.getValue(),
                titleZh.getValue(),
                bodyZh.getValue(),
                titleEn.getValue(),
                bodyEn.getValue());
    }

    void show(ArticleDraft draft) {
        slug.setValue(draft.slug());
        category.setValue(draft.category());
        titleZh.setValue(draft.titleZh());
        bodyZh.setValue(draft.bodyZh());
        titleEn.setValue(draft.titleEn() == null ? "" : draft.titleEn());
        bodyEn.setValue(draft.bodyEn() == null ? "" : draft.bodyEn());
    }

    /** Field name (as the service names it) → field, for the messages next to each field. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("category", category);
        fields.put("titleZh", titleZh);
        fields.put("bodyZh", bodyZh);
        fields.put("titleEn", titleEn);
        fields.put("bodyEn", bodyEn);
        return fields;
    }
}
