package com.ks.platform.support.ui;

import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.TicketStatus;
import com.ks.platform.support.TicketType;
import com.ks.platform.support.Urgency;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.function.Function;

/** The queue's filters above the grid: type, status, urgency and a search over number, order, title and name. */
class QueueFilters extends FlexLayout {

    private final Select<TicketType> type = select("desk.queue.type", TicketType.values(), TicketType::labelKey);
    private final Select<TicketStatus> status =
            select("desk.queue.status", TicketStatus.values(), TicketStatus::labelKey);
    private final Select<Urgency> urgency = select("desk.queue.urgency", Urgency.values(), Urgency::labelKey);
    private final TextField search = new TextField();

    QueueFilters(Consumer<QueueFilter> changed) {
        addClassName("ks-queue-filters");
        setFlexWrap(FlexWrap.WRAP);
        search.setLabel(getTranslation("desk.queue.search"));
        search.setPlaceholder(getTranslation("desk.queue.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        add(search, type, status, urgency);
        type.addValueChangeListener(change -> changed.accept(value()));
        status.addValueChangeListener(change -> changed.accept(value()));
        urgency.addValueChangeListener(change -> changed.accept(value()));
        search.addValueChangeListener(change -> changed.accept(value()));
    }

    QueueFilter value() {
        return new QueueFilter(type.getValue(), status.getValue(), urgency.getValue(), search.getValue(), null);
    }

    private <T> Select<T> select(String labelKey, T[] values, Function<T, String> key) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("desk.queue.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("desk.queue.any") : getTranslation(key.apply(v)));
        return select;
    }
}
