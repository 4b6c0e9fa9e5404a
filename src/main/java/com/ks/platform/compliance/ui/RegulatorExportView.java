package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.export.RegulatorExport;
import com.ks.platform.compliance.export.RegulatorExportService;
import com.ks.platform.compliance.export.RegulatorRequest;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Regulator exports (E-Commerce Law art. 25): the officer enters the authority's request — authority, reference and
 * reason are required — and the merchant and period, and gets a signed ZIP; every export is listed with its archive,
 * its detached signature and the platform's public key that checks it (docs/regulator-export.md).
 */
@Route(ComplianceRoutes.EXPORTS)
@Menu(title = "nav.compliance.exports", order = 3.5, icon = "vaadin:archive")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class RegulatorExportView extends VerticalLayout implements HasDynamicTitle {

    private final RegulatorExportService exports;
    private final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    private final TextField authority = new TextField();
    private final TextField reference = new TextField();
    private final TextArea reason = new TextArea();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<RegulatorExport> grid = new Grid<>();

    public RegulatorExportView(RegulatorExportService exports, MerchantQueries merchants) {
        this.exports = exports;
        setPadding(false);
        merchant.setLabel(getTranslation("violation.store"));
        merchant.setItemLabelGenerator(MerchantSummary::storeName);
        merchant.setItems(
                query ->
                        merchants
                                .penalisable(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> merchants.countPenalisable(query.getFilter().orElse("")));
        authority.setLabel(getTranslation("export.authority"));
        authority.setMaxLength(100);
        reference.setLabel(getTranslation("export.reference"));
        reference.setMaxLength(60);
        reason.setLabel(getTranslation("export.reason"));
        reason.setMaxLength(500);
        from.setLabel(getTranslation("export.from"));
        to.setLabel(getTranslation("export.to"));
        DatePickers.localized(from, getLocale());
        DatePickers.localized(to, getLocale());
        FormLayout form = new FormLayout(merchant, authority, reference, from, to, reason);
        form.setColspan(reason, 2);
        Button create = new Button(getTranslation("export.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);

        grid.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale()))
                .setHeader(getTranslation("export.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(e -> merchants.storeNames(List.of(e.merchantId())).get(e.merchantId()))
                .setHeader(getTranslation("violation.store"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.authority() + " · " + e.reference())
                .setHeader(getTranslation("export.request"))
                .setFlexGrow(1);
        grid.addColumn(RegulatorExport::officer)
                .setHeader(getTranslation("export.officer"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.sha256().substring(0, 16) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true);
        grid.addComponentColumn(this::downloads)
                .setHeader(getTranslation("export.files"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("export.empty"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> exports.list(query.getOffset(), query.getLimit()).stream(), query -> exports.count()));

        Anchor key = new Anchor(
                download(
                        "platform-export-public-key.pem",
                        "application/x-pem-file",
                        () -> exports.publicKeyPem().getBytes(StandardCharsets.US_ASCII)),
                getTranslation("export.publicKey"));
        add(
                new H2(getTranslation("export.title")),
                new Paragraph(getTranslation("export.intro")),
                form,
                create,
                new H3(getTranslation("export.made")),
                new Paragraph(getTranslation("export.verifyHelp")),
                key,
                grid);
        ListPages.fill(this, grid);
    }

    private void create() {
        try {
            exports.export(new RegulatorRequest(
                    merchant.getValue() == null ? null : merchant.getValue().id(),
                    authority.getValue(),
                    reference.getValue(),
                    reason.getValue(),
                    from.getValue(),
                    to.getValue()));
            Notices.success("export.created");
            grid.getDataProvider().refreshAll();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(
                    refused,
                    Map.<String, HasValidation>of(
                            "authority", authority, "reference", reference, "reason", reason, "period", from))) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private HorizontalLayout downloads(RegulatorExport e) {
        Anchor zip = new Anchor(
                download(e.fileName(), "application/zip", () -> exports.archive(e.id())), getTranslation("export.zip"));
        Anchor sig = new Anchor(
                download(e.fileName() + ".sig", "application/octet-stream", () -> exports.signature(e.id())),
                getTranslation("export.signature"));
        return new HorizontalLayout(zip, sig);
    }

    private static DownloadHandler download(String name, String type, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
            } catch (DomainException refused) {
                event.getUI().access(() -> Notices.error(refused));
                return DownloadResponse.error(400);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
