package com.ks.platform.aftersales.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A case's files as thumbnails (images) or numbered PDF links, each opening in a new tab. */
final class FileLinks {

    private FileLinks() {}

    static <T> Div of(List<T> files, Function<T, String> url, Predicate<T> image) {
        return of(files, "aftersales.evidence.file", url, image);
    }

    /** The same, each file named by {@code labelKey} with its number. */
    static <T> Div of(List<T> files, String labelKey, Function<T, String> url, Predicate<T> image) {
        Div links = new Div();
        links.addClassName("ks-case-evidence");
        int number = 1;
        for (T file : files) {
            String label = links.getTranslation(labelKey, number++);
            Anchor link = image.test(file)
                    ? new Anchor(url.apply(file), new Image(url.apply(file), label))
                    : new Anchor(url.apply(file), label + " (PDF)");
            link.setTarget("_blank");
            links.add(link);
        }
        return links;
    }
}
