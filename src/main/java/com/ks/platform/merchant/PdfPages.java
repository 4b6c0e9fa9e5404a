package com.ks.platform.merchant;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs are never sent to a browser as PDFs: pages are rendered to PNG on the server, so scripts, forms and viewer
 * exploits in a hostile PDF never reach an officer's machine.
 */
final class PdfPages {

    static final int MAX_PAGES = 10;
    private static final float DPI = 110;

    private PdfPages() {}

    static int count(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Math.min(document.getNumberOfPages(), MAX_PAGES);
        }
    }

    static byte[] render(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (pageIndex < 0 || pageIndex >= Math.min(document.getNumberOfPages(), MAX_PAGES)) {
                throw new IOException("No page " + pageIndex);
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
