package com.ks.platform.compliance.ui;

import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.merchant.ReviewQueueFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Merchants waiting for review, filtered by state, category and days waiting; paged by the database. */
class ReviewQueueGrid extends VerticalLayout {

    private final Select<MerchantStatus> status = new Select<>();
    private final Select<BusinessCategory> category = new Select<>();
    private final IntegerField minDays = new IntegerField();
    private final ConfigurableFilterDataProvider<MerchantSummary, Void, ReviewQueueFilter> queue;

    ReviewQueueGrid(MerchantQueries merchants) {
        setPadding(false);
        status.setLabel(getTranslation("compliance.queue.status"));
        status.setItems(MerchantQueries.REVIEW_QUEUE.stream().sorted().toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("compliance.filter.all"));
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("compliance.filter.all") : getTranslation("merchant.status." + s.name()));
        category.setLabel(getTranslation("compliance.queue.category"));
        category.setItems(BusinessCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("compliance.filter.all"));
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("compliance.filter.all") : getTranslation("category." + c.name()));
        minDays.setLabel(getTranslation("compliance.filter.minDays"));
        minDays.setMin(0);
        minDays.setMax(3650);
        minDays.setStepButtonsVisible(true);
        HorizontalLayout filters = new HorizontalLayout(status, category, minDays);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Grid<MerchantSummary> grid = new Grid<>();
        grid.addColumn(MerchantSummary::storeName)
                .setHeader(getTranslation("compliance.queue.store"))
                .setAutoWidth(true);
        grid.addColumn(MerchantSummary::companyName)
                .setHeader(getTranslation("compliance.queue.company"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("category." + m.businessCategory().name()))
                .setHeader(getTranslation("compliance.queue.category"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
                    Span badge = new Span(
                            getTranslation("merchant.status." + m.status().name()));
                    badge.addClassNames("ks-status", "ks-status-" + m.status().tone());
                    return badge;
                })
                .setHeader(getTranslation("compliance.queue.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(
                        "compliance.queue.days",
                        Duration.between(m.statusChangedAt(), Instant.now()).toDays()))
                .setHeader(getTranslation("compliance.queue.waiting"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
                    Button open = new Button(getTranslation("compliance.queue.open"), click -> open(m));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem()));
        queue = DataProvider.<MerchantSummary, ReviewQueueFilter>fromFilteringCallbacks(
                        query -> merchants
                                .reviewQueue(
                                        query.getFilter().orElse(ReviewQueueFilter.all()),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                        query -> merchants.countReviewQueue(query.getFilter().orElse(ReviewQueueFilter.all())))
                .withConfigurableFilter();
        grid.setItems(queue);
        grid.setHeight("440px");
        grid.setEmptyStateText(getTranslation("compliance.queue.empty"));
        status.addValueChangeListener(change -> refilter());
        category.addValueChangeListener(change -> refilter());
        minDays.addValueChangeListener(change -> refilter());
        add(filters, grid);
    }

    private void refilter() {
        queue.setFilter(new ReviewQueueFilter(
                status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                category.getValue(),
                minDays.getValue()));
    }

    private void open(MerchantSummary merchant) {
        getUI().ifPresent(ui -> ui.navigate(ComplianceRoutes.review(merchant.id())));
    }
}
