package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.search.SynonymDictionary;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators edit the search synonym dictionary as Solr-format text; saving applies it to search on every node
 * without a restart. A bad line refuses the whole text with its line number, and what was typed stays in the box.
 */
@Route("admin/synonyms")
@Menu(title = "nav.admin.synonyms", order = 4, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN)
public class SynonymsView extends VerticalLayout implements HasDynamicTitle {

    private final SynonymDictionary dictionary;
    private final AccountQueries accounts;
    private final Paragraph lastChange = new Paragraph();
    private final TextArea text = new TextArea();

    public SynonymsView(SynonymDictionary dictionary, AccountQueries accounts) {
        this.dictionary = dictionary;
        this.accounts = accounts;
        setPadding(false);
        text.setLabel(getTranslation("admin.synonyms.label"));
        text.setHelperText(getTranslation("admin.synonyms.help"));
        text.setWidthFull();
        text.setMinHeight("24rem");
        text.setMaxHeight("60vh");
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        text.setValue(dictionary.text());
        text.addValueChangeListener(change -> text.setInvalid(false));
        Button save = new Button(getTranslation("admin.synonyms.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save.setEnabled(true));
        add(new H2(getTranslation("nav.admin.synonyms")), lastChange, text, save);
        showLastChange();
    }

    private void save() {
        try {
            dictionary.replace(text.getValue());
            text.setInvalid(false);
            Notices.success("admin.synonyms.saved");
            showLastChange();
        } catch (RuleViolated refused) {
            text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            text.setInvalid(true);
            Notices.error(refused);
        }
    }

    private void showLastChange() {
        lastChange.setText(dictionary
                .lastChange()
                .map(change -> getTranslation(
                        "admin.synonyms.lastChange",
                        accounts.forStaff(change.accountId())
                                .map(AccountDetails::displayName)
                                .orElse("—"),
                        Formats.dateTime(change.at(), getLocale())))
                .orElse(getTranslation("admin.synonyms.shipped")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.synonyms");
    }
}
