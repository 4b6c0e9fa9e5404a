package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleSummary;
import com.ks.platform.support.knowledge.KnowledgeQueries;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The leads' list of help articles, drafts included, paged in the database; a row opens the editor. */
@Route(SupportRoutes.WORKBENCH_KNOWLEDGE)
@Menu(title = "knowledge.menu", order = 6, icon = "vaadin:book")
@RolesAllowed(Roles.CS_LEAD)
public class KnowledgeListView extends VerticalLayout implements HasDynamicTitle {

    private final KnowledgeQueries knowledge;
    private final Grid<ArticleSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public KnowledgeListView(KnowledgeQueries knowledge) {
        this.knowledge = knowledge;
        setPadding(false);
        setSizeFull();
        filter.setPlaceholder(getTranslation("knowledge.filter"));
        filter.setAriaLabel(getTranslation("knowledge.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        Button create = new Button(
                getTranslation("knowledge.new"),
                VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(KnowledgeEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(filter, create);
        bar.setAlignItems(Alignment.BASELINE);
        grid.addColumn(ArticleSummary::title)
                .setHeader(getTranslation("knowledge.field.title"))
                .setFlexGrow(3);
        grid.addColumn(ArticleSummary::slug).setHeader(getTranslation("knowledge.field.slug"));
        grid.addColumn(a -> getTranslation(a.category().labelKey()))
                .setHeader(getTranslation("knowledge.field.category"));
        grid.addColumn(a -> getTranslation("knowledge.status." + a.status().name()))
                .setHeader(getTranslation("knowledge.field.status"));
        grid.addColumn(a -> Formats.dateTime(a.updatedAt(), getLocale()))
                .setHeader(getTranslation("knowledge.updated"));
        grid.addColumn(a -> Formats.number(a.viewCount(), getLocale())).setHeader(getTranslation("knowledge.views"));
        grid.addColumn(a -> a.helpful() + " / " + a.notHelpful()).setHeader(getTranslation("knowledge.votes"));
        grid.getColumns().stream().skip(1).forEach(column -> column.setAutoWidth(true));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                KnowledgeEditorView.class,
                QueryParameters.of(
                        KnowledgeEditorView.ARTICLE, click.getItem().id().toString()))));
        add(new H2(getTranslation("knowledge.menu")), bar, grid);
        ListPages.fill(this, grid);
        refresh();
    }

    private void refresh() {
        String text = filter.getValue();
        int total = knowledge.countAll(text);
        grid.setItems(DataProvider.fromCallbacks(
                query -> knowledge.all(text, getLocale(), query.getOffset(), query.getLimit()).stream(),
                query -> total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.menu") + " · Ks 下单平台";
    }
}
