package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.DocumentUpload;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;
import java.util.Set;

/**
 * Files one document: its kind (the first one still missing is offered), the company name printed on a licence (asked
 * up front, filled in from the sign-up), the last day it is valid, and the file (PDF, JPG or PNG up to 10 MB). The file waits in the form until "save", so the other fields can be filled in any order;
 * the service checks everything again, the file's type by its content.
 */
class DocumentUploadForm extends Div {

    private final MerchantDocumentService documents;
    private final Runnable onSaved;
    private final Select<DocumentKind> kind = new Select<>();
    private final DatePicker expiresOn = new DatePicker();
    private final TextField licenceCompanyName = new TextField();
    private final Paragraph chosenFile = new Paragraph();
    private final Upload upload;
    private String fileName;
    private byte[] content;

    DocumentUploadForm(
            MerchantDocumentService documents, String companyName, Set<DocumentKind> missing, Runnable onSaved) {
        this.documents = documents;
        this.onSaved = onSaved;
        addClassName("ks-upload-form");
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("document.kind." + k.name()));
        missing.stream().findFirst().ifPresent(kind::setValue);
        expiresOn.setLabel(getTranslation("documents.expiresOn"));
        expiresOn.setHelperText(getTranslation("documents.expiresOn.help"));
        DatePickers.localized(expiresOn, getLocale());
        licenceCompanyName.setLabel(getTranslation("documents.licenceCompanyName"));
        licenceCompanyName.setHelperText(getTranslation("documents.licenceCompanyName.help"));
        licenceCompanyName.setMaxLength(120);
        licenceCompanyName.setValue(companyName == null ? "" : companyName);

        upload = new Upload(receiver());
        Uploads.singleFile(
                upload,
                MerchantDocumentService.MAX_BYTES,
                "error.document.tooLarge",
                "error.document.rejectedByBrowser");
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        chosenFile.addClassName("ks-muted");

        Button save = new Button(getTranslation("documents.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(kind, licenceCompanyName, expiresOn);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 3));
        Paragraph help = new Paragraph(getTranslation("documents.upload.help"));
        help.addClassName("ks-muted");
        add(new H3(getTranslation("documents.upload")), help, fields, upload, chosenFile, new Div(save));
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(MerchantDocumentService.MAX_BYTES + 1);
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> {
                fileName = name;
                content = bytes;
                chosenFile.setText(getTranslation("documents.chosen", name));
            });
        };
    }

    private void save() {
        try {
            documents.upload(new DocumentUpload(
                    kind.getValue(), fileName, content, expiresOn.getValue(), licenceCompanyName.getValue()));
            Notices.success("documents.saved");
            onSaved.run();
        } catch (RuleViolated refused) {
            Map<String, HasValidation> fields =
                    Map.of("kind", kind, "expiresOn", expiresOn, "licenceCompanyName", licenceCompanyName);
            FieldErrors.show(refused, fields);
            String fileError = refused.fieldErrors().get("file");
            if (fileError != null) {
                content = null;
                upload.clearFileList();
                chosenFile.setText("");
                Notices.error(fileError);
            } else if (refused.fieldErrors().isEmpty()) {
                Notices.error(refused);
            }
        }
    }
}
