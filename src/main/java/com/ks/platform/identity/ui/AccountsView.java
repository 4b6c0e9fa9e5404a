package com.ks.platform.identity.ui;

import com.ks.platform.identity.AccountAdministration;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.PersonalDataMasks;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * Administrators look up accounts (masked: PIPL art. 51) and act on one in its dialog; the list is paged in the
 * database, never loaded whole.
 */
@Route("admin/accounts")
@Menu(title = "nav.admin.accounts", order = 2, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    public AccountsView(AccountQueries accounts, AccountAdministration administration) {
        setPadding(false);
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("admin.accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.getElement().setAttribute("aria-label", getTranslation("admin.accounts.search"));

        Grid<AccountDetails> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // masked: an admin administers accounts and finds them by the whole e-mail or mobile (PIPL art. 51)
        grid.addColumn(account -> PersonalDataMasks.name(account.displayName()))
                .setHeader(getTranslation("admin.accounts.name"))
                .setAutoWidth(true);
        grid.addColumn(account -> PersonalDataMasks.email(account.email()))
                .setHeader(getTranslation("admin.accounts.email"))
                .setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream()
                        .map(Role::name)
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("admin.accounts.roles"));
        grid.addColumn(account -> getTranslation(
                        "admin.accounts.status." + account.status().name()))
                .setHeader(getTranslation("admin.accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(account -> Formats.dateTime(account.createdAt(), getLocale()))
                .setHeader(getTranslation("admin.accounts.created"))
                .setAutoWidth(true);
        grid.setItems(
                query -> accounts.accounts(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts(search.getValue()));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> new AccountAdminDialog(
                        administration,
                        click.getItem().id(),
                        () -> grid.getDataProvider().refreshAll())
                .open());
        add(new H2(getTranslation("nav.admin.accounts")), search, grid);
        ListPages.fill(this, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts");
    }
}
