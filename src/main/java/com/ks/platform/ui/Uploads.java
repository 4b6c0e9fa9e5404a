package com.ks.platform.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Uploads with translated texts; the browser's refusals are also told as a notice. */
public final class Uploads {

    private Uploads() {}

    /**
     * @param tooLargeKey message key shown when the browser refuses a file as too large
     * @param wrongTypeKey message key shown when the browser refuses a file's type
     */
    public static void singleFile(Upload upload, int maxBytes, String tooLargeKey, String wrongTypeKey) {
        files(upload, 1, maxBytes, tooLargeKey, wrongTypeKey);
    }

    /** Like {@link #singleFile}, for up to {@code maxFiles} files chosen or dropped at once. */
    public static void files(Upload upload, int maxFiles, int maxBytes, String tooLargeKey, String wrongTypeKey) {
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize(maxBytes);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add"))
                        .setMany(upload.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop"))
                        .setMany(upload.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(upload.getTranslation(tooLargeKey))
                        .setIncorrectFileType(upload.getTranslation(wrongTypeKey))));
        upload.addFileRejectedListener(rejected -> Notices.error(wrongTypeKey));
    }
}
