package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.compliance.Rating;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A merchant's credit rating for officers: score and grade with every counted component (value, weight, points), the
 * sources counted today, the history as a chart, and a recomputation on demand.
 */
@Route(ComplianceRoutes.RATINGS + "/:merchantId")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class MerchantRatingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CreditRatingService ratings;
    private final MerchantQueries merchants;
    private String title = "";

    public MerchantRatingView(CreditRatingService ratings, MerchantQueries merchants) {
        this.ratings = ratings;
        this.merchants = merchants;
        addClassName("ks-rating");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "merchantId", merchants::publicFacts, this::show);
    }

    private void show(MerchantSummary merchant) {
        removeAll();
        title = merchant.storeName();
        List<Rating> history = ratings.history(merchant.id());
        Div card = new Div(new H2(getTranslation("rating.title", merchant.storeName())));
        card.addClassName("ks-card");
        card.add(new Paragraph(getTranslation(
                "rating.sources",
                Formats.list(
                        ratings.countedSources().stream()
                                .map(key -> getTranslation("rating.source." + key))
                                .toList(),
                        getLocale()))));
        if (history.isEmpty()) {
            card.add(new Paragraph(getTranslation("rating.none")));
        } else {
            Rating latest = history.getFirst();
            card.add(new Paragraph(getTranslation(
                    "rating.current",
                    latest.grade(),
                    latest.score(),
                    Formats.dateTime(latest.computedAt(), getLocale()))));
            Grid<Rating.Component> components = new Grid<>();
            components
                    .addColumn(c -> getTranslation("rating.source." + c.source()))
                    .setHeader(getTranslation("rating.component"));
            components.addColumn(Rating.Component::value).setHeader(getTranslation("rating.value"));
            components.addColumn(Rating.Component::weight).setHeader(getTranslation("rating.weight"));
            components.addColumn(Rating.Component::points).setHeader(getTranslation("rating.points"));
            components.setItems(latest.components());
            components.setAllRowsVisible(true);
            card.add(components);
        }
        Button recompute = new Button(getTranslation("rating.recompute"), click -> {
            ratings.recompute(merchant.id());
            Notices.success("rating.recomputed");
            show(merchant);
        });
        recompute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recompute.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(
                recompute, new Anchor(ComplianceRoutes.newViolation(merchant.id()), getTranslation("violation.new")));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(actions);
        add(card);
        if (history.size() > 1) {
            List<Rating> oldestFirst = history.reversed();
            add(EChart.card(
                    getTranslation("rating.history"),
                    Map.of(
                            "xAxis",
                            Map.of(
                                    "type",
                                    "category",
                                    "data",
                                    oldestFirst.stream()
                                            .map(r -> Formats.dateTime(r.computedAt(), getLocale()))
                                            .toList()),
                            "yAxis",
                            Map.of("type", "value", "min", 0, "max", 100),
                            "tooltip",
                            Map.of("trigger", "axis"),
                            "series",
                            List.of(Map.of(
                                    "type",
                                    "line",
                                    "name",
                                    getTranslation("rating.score"),
                                    "data",
                                    oldestFirst.stream().map(Rating::score).toList())))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title", title);
    }
}
