package com.ks.platform.support.ui;

import com.ks.platform.support.metrics.DeskReport.Count;
import com.ks.platform.ui.EChart;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ECharts options for the metrics page: horizontal bars of labelled counts, and a pie. */
final class DeskCharts {

    private DeskCharts() {}

    static Map<String, Object> bars(List<Count> counts, Function<String, String> label) {
        return EChart.horizontalBars(
                counts.stream().map(c -> label.apply(c.key())).toList(),
                counts.stream().map(Count::count).toList());
    }

    static Map<String, Object> pie(List<Count> counts, Function<String, String> label) {
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series",
                        List.of(Map.of(
                                "type", "pie",
                                "radius", List.of("45%", "70%"),
                                "data",
                                        counts.stream()
                                                .filter(c -> c.count() > 0)
                                                .map(c -> Map.of("name", label.apply(c.key()), "value", c.count()))
                                                .toList())));
    }
}
