package com.ks.platform.privacy.ui;

import com.ks.platform.privacy.PersonalDataCopy;
import com.ks.platform.privacy.PrivacyCentre;
import com.ks.platform.shared.PersonalData.Category;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** 我的数据: what is held by category, and the copy to download — JSON for machines, a summary for people (art. 45). */
class MyDataCard extends Div {

    private final PrivacyCentre centre;
    private final Locale locale;

    MyDataCard(PrivacyCentre centre, Locale locale) {
        this.centre = centre;
        this.locale = locale;
        addClassName("ks-card");
        PersonalDataCopy copy = centre.myData();
        Paragraph explain = new Paragraph(getTranslation("pipl.data.explain"));
        explain.addClassName("ks-muted");
        Grid<Category> categories = new Grid<>();
        categories
                .addColumn(c -> label(c.name()))
                .setHeader(getTranslation("pipl.data.category"))
                .setFlexGrow(2);
        categories
                .addColumn(c -> Formats.number(c.records().size(), locale))
                .setHeader(getTranslation("pipl.data.records"))
                .setAutoWidth(true);
        categories.setItems(copy.categories().stream()
                .filter(c -> !c.records().isEmpty())
                .sorted(Comparator.comparing((Category c) -> c.records().size()).reversed())
                .toList());
        categories.setAllRowsVisible(true);
        categories.setId("privacy-categories");
        Paragraph empty = new Paragraph(getTranslation(
                "pipl.data.empty",
                Formats.list(
                        copy.categories().stream()
                                .filter(c -> c.records().isEmpty())
                                .map(c -> label(c.name()))
                                .toList(),
                        locale)));
        empty.addClassName("ks-muted");
        empty.setId("privacy-empty-categories");
        Anchor json = new Anchor(json(), getTranslation("pipl.data.downloadJson"));
        json.setId("privacy-download-json");
        Anchor summary = new Anchor(summary(), getTranslation("pipl.data.downloadSummary"));
        summary.setId("privacy-download-summary");
        Div downloads = new Div(json, summary);
        downloads.addClassName("ks-actions");
        add(new H3(getTranslation("pipl.data.title")), explain, categories, empty, downloads);
    }

    private String label(String category) {
        return getTranslation(locale, "pipl.category." + category);
    }

    private DownloadHandler json() {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = centre.myDataAsJson();
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "ks-my-data.json", "application/json;charset=UTF-8", bytes.length);
        });
    }

    private DownloadHandler summary() {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = summaryText(centre.myData()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "ks-my-data.txt", "text/plain;charset=UTF-8", bytes.length);
        });
    }

    /** A readable account of the same copy: each category with its records, one line per record. */
    String summaryText(PersonalDataCopy copy) {
        StringBuilder text = new StringBuilder();
        text.append(getTranslation(locale, "pipl.summary.heading"))
                .append('\n')
                .append(getTranslation(locale, "pipl.summary.madeAt", Formats.dateTime(copy.madeAt(), locale)))
                .append('\n')
                .append(getTranslation(locale, "pipl.summary.total", copy.total()))
                .append("\n");
        for (Category category : copy.categories()) {
            text.append("\n== ")
                    .append(label(category.name()))
                    .append(" (")
                    .append(category.records().size())
                    .append(")\n");
            if (category.records().isEmpty()) {
                text.append(getTranslation(locale, "pipl.summary.none")).append('\n');
            }
            for (Map<String, Object> record : category.records()) {
                StringBuilder line = new StringBuilder("- ");
                record.forEach((column, value) -> {
                    if (value != null) {
                        line.append(column).append(": ").append(value).append("; ");
                    }
                });
                text.append(line.toString().strip()).append('\n');
            }
        }
        return text.toString();
    }
}
