package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CsvImportRefused;
import com.ks.platform.catalog.CsvImportResult;
import com.ks.platform.catalog.CsvRowError;
import com.ks.platform.catalog.ProductCsvService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/** 批量导入/导出: the merchant's SKUs as a CSV download, and an all-or-nothing CSV import with its row errors. */
class ProductCsvDialog extends Dialog {

    private final ProductCsvService csv;
    private final Runnable onImported;
    private final Upload upload;
    private final Span chosen = new Span();
    private final Grid<CsvRowError> errors = new Grid<>();
    private byte[] content;

    ProductCsvDialog(ProductCsvService csv, Runnable onImported) {
        this.csv = csv;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("merchantProducts.csv.heading"));
        setWidth("min(820px, 100vw)");

        Anchor export = new Anchor(download(), getTranslation("merchantProducts.csv.export"));
        export.getElement().setAttribute("download", true);
        export.setId("product-csv-export");

        Paragraph help = new Paragraph(getTranslation(
                "merchantProducts.csv.help", ProductCsvService.MAX_BYTES / 1024 / 1024, ProductCsvService.MAX_ROWS));
        help.addClassName("ks-muted");
        upload = new Upload(receiver());
        Uploads.singleFile(upload, ProductCsvService.MAX_BYTES, "error.csv.tooLarge", "merchantProducts.csv.onlyCsv");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        chosen.addClassName("ks-muted");
        Button start = new Button(getTranslation("merchantProducts.csv.import"), click -> importNow());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        errors.addColumn(e -> e.row() == 0 ? "—" : String.valueOf(e.row()))
                .setHeader(getTranslation("merchantProducts.csv.row"))
                .setAutoWidth(true);
        errors.addColumn(CsvRowError::field)
                .setHeader(getTranslation("merchantProducts.csv.field"))
                .setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.messageKey()))
                .setHeader(getTranslation("merchantProducts.csv.problem"))
                .setFlexGrow(3);
        errors.setId("product-csv-errors");
        errors.setAllRowsVisible(true);
        errors.setVisible(false);

        getFooter().add(new Button(getTranslation("merchantProducts.stockAdjust.close"), click -> close()));
        add(export, new H3(getTranslation("merchantProducts.csv.importHeading")), help, upload, chosen, start, errors);
    }

    private DownloadHandler download() {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.exportMine();
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "products.csv", "text/csv;charset=UTF-8", bytes.length);
        });
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(ProductCsvService.MAX_BYTES + 1);
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> chosen(name, bytes));
        };
    }

    private void chosen(String fileName, byte[] bytes) {
        content = bytes;
        chosen.setText(getTranslation("documents.chosen", fileName));
    }

    private void importNow() {
        try {
            CsvImportResult result = csv.importCsv(content);
            showErrors(List.of());
            Notices.success("merchantProducts.csv.imported", result.products(), result.skus());
            onImported.run();
        } catch (CsvImportRefused refused) {
            showErrors(refused.errors());
            Notices.error(refused);
        } catch (DomainException refused) {
            Notices.error(refused);
        } finally {
            content = null;
            upload.clearFileList();
            chosen.setText("");
        }
    }

    private void showErrors(List<CsvRowError> found) {
        errors.setItems(found);
        errors.setVisible(!found.isEmpty());
    }
}
