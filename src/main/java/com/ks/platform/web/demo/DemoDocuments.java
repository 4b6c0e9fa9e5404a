package com.ks.platform.web.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Tidy sample qualification documents drawn in code (real scans cannot be shipped): a licence as PNG, permits and
 * reports as one-page PDFs. The Chinese text is drawn as an image, since PDF's standard fonts have no CJK glyphs.
 */
final class DemoDocuments {

    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);

    private DemoDocuments() {}

    static byte[] licencePng(String company, String creditCode, String validity) {
        return png(sheet(
                "营业执照",
                List.of(
                        "统一社会信用代码  " + creditCode,
                        "名        称  " + company,
                        "类        型  有限责任公司",
                        "营业期限  " + validity,
                        "登记机关  市场监督管理局")));
    }

    static byte[] onePagePdf(String title, String company, String creditCode, String validity) {
        BufferedImage sheet = sheet(title, List.of("持证主体  " + company, "信用代码  " + creditCode, "有效期至  " + validity));
        try (PDDocument document = new PDDocument()) {
            // a landscape page just large enough for the sheet and one line of text below it
            PDPage page = new PDPage(new PDRectangle(420, 320));
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, sheet);
            float width = page.getMediaBox().getWidth() - 40;
            float height = width * sheet.getHeight() / sheet.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 20, page.getMediaBox().getHeight() - 20 - height, width, height);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(24, 40);
                content.showText("Unified social credit code: " + creditCode);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage sheet(String title, List<String> lines) {
        BufferedImage image = new BufferedImage(720, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xFF, 0xFB, 0xF2));
        g.fillRect(0, 0, 720, 480);
        g.setColor(RED);
        g.setStroke(new BasicStroke(6));
        g.drawRect(16, 16, 688, 448);
        g.setStroke(new BasicStroke(2));
        g.drawRect(28, 28, 664, 424);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
        int titleWidth = g.getFontMetrics().stringWidth(title);
        g.drawString(title, (720 - titleWidth) / 2, 100);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        int y = 170;
        for (String line : lines) {
            g.drawString(line, 70, y);
            y += 48;
        }
        g.setColor(RED);
        g.setStroke(new BasicStroke(4));
        g.drawOval(540, 320, 110, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("示例", 577, 382);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
