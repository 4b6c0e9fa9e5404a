package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The newest version of each document a merchant filed (at most one row per kind). */
class MerchantDocumentGrid extends Grid<MerchantDocument> {

    MerchantDocumentGrid(List<MerchantDocument> documents) {
        addColumn(d -> getTranslation("document.kind." + d.kind().name()))
                .setHeader(getTranslation("documents.kind"))
                .setAutoWidth(true);
        addColumn(d -> "v" + d.version())
                .setHeader(getTranslation("documents.version"))
                .setAutoWidth(true);
        addColumn(d -> d.expiresOn() == null
                        ? getTranslation("documents.noExpiry")
                        : d.expiresOn().toString())
                .setHeader(getTranslation("documents.expiresOn"))
                .setAutoWidth(true);
        addColumn(MerchantDocument::fileName).setHeader(getTranslation("documents.file"));
        addColumn(d -> Formats.dateTime(d.uploadedAt(), getLocale()))
                .setHeader(getTranslation("documents.uploadedAt"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setItems(documents);
    }
}
