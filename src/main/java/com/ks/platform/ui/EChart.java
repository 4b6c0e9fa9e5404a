package com.ks.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart: the {@code <ks-chart>} element from {@code frontend/scripts/ks-chart.js}, drawn from an
 * option map serialised to JSON. ECharts comes from its webjar, loaded at runtime (the frontend has no build step).
 */
@Tag("ks-chart")
public class EChart extends Component implements HasSize {

    static final String ECHARTS = "context://webjars/echarts/5.3.1/dist/echarts.min.js";
    static final String ELEMENT = "context://scripts/ks-chart.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart(String ariaLabel, Map<String, Object> option) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setOption(option);
        setWidthFull();
        setHeight("280px");
    }

    public void setOption(Map<String, Object> option) {
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    /** A titled card holding one chart, as the dashboards show them. */
    public static Div card(String title, Map<String, Object> option) {
        Div card = new Div(new H3(title), new EChart(title, option));
        card.addClassNames("ks-card", "ks-dashboard-chart");
        return card;
    }

    /** Horizontal bars in the brand colour, labels on the left, first label at the top. */
    public static Map<String, Object> horizontalBars(List<String> labels, List<? extends Number> values) {
        return Map.of(
                "color", List.of("#c2410c"),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", labels.reversed()),
                "series", List.of(Map.of("type", "bar", "data", values.reversed())));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(ECHARTS);
        attach.getUI().getPage().addJavaScript(ELEMENT);
    }
}
