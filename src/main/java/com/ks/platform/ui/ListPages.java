package com.ks.platform.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;

/**
 * A list page fills the console's content area (a flex column as tall as the screen below the top bar) and its grid
 * takes the height its heading and filters leave: a grid in a box that only sizes to its content collapses to one row.
 */
public final class ListPages {

    private ListPages() {}

    public static void fill(FlexComponent page, Grid<?> grid) {
        page.setSizeFull();
        grid.setWidthFull();
        grid.setHeight(null);
        grid.addClassName("ks-list-grid");
        page.setFlexGrow(1, grid);
    }
}
