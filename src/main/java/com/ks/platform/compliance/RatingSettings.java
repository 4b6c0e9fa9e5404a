package com.ks.platform.compliance;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.compliance.rating.*}: the weight of each source by its key, the lowest score of grades A–D (below D: E),
 * and the grade under which a fall records an audit alert.
 */
@ConfigurationProperties("ks.compliance.rating")
public record RatingSettings(Map<String, Integer> weights, Map<String, Integer> gradeLines, String alertBelow) {

    public RatingSettings {
        weights = weights == null || weights.isEmpty()
                ? Map.of(
                        "violations", 25,
                        "qualification", 15,
                        "reviews", 15,
                        "shipment", 15,
                        "complaints", 10,
                        "aftersales", 10,
                        "disputes", 10)
                : Map.copyOf(weights);
        gradeLines = gradeLines == null || gradeLines.isEmpty()
                ? Map.of("A", 90, "B", 80, "C", 70, "D", 60)
                : Map.copyOf(gradeLines);
        alertBelow = alertBelow == null ? "C" : alertBelow;
    }

    int weightOf(String source) {
        return weights.getOrDefault(source, 0);
    }

    String gradeOf(int score) {
        for (String grade : new String[] {"A", "B", "C", "D"}) {
            if (score >= gradeLines.getOrDefault(grade, 101)) {
                return grade;
            }
        }
        return "E";
    }
}
