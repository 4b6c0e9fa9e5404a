package com.ks.platform.catalog;

import static com.ks.platform.catalog.ProductCsvColumns.*;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's products in and out as CSV (UTF-8 with a BOM, so Excel shows Chinese). An import is all or nothing:
 * every row is checked first, and one bad row means nothing is stored and every problem is listed.
 */
@Service
@PreAuthorize(Roles.IS_MERCHANT)
public class ProductCsvService {

    public static final int MAX_BYTES = ProductCsvReader.MAX_BYTES;
    public static final int MAX_ROWS = ProductCsvReader.MAX_ROWS;
    private static final String IMPORTED_ART = ProductArt.ref("BOX", "e2491a");
    private static final Map<String, String> PRODUCT_FIELDS =
            Map.of("category", CATEGORY, "title", TITLE, "skus", SKU_CODE);

    private final ProductService products;
    private final ProductCsvRepository csv;
    private final MerchantAccess merchants;

    ProductCsvService(ProductService products, ProductCsvRepository csv, MerchantAccess merchants) {
        this.products = products;
        this.csv = csv;
        this.merchants = merchants;
    }

    /** Every enabled SKU of the signed-in merchant, one row each; prices in yuan with two decimals. */
    @Transactional(readOnly = true)
    public byte[] exportMine() {
        UUID merchantId = myMerchantId();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(ALL.toArray(String[]::new))
                    .get()
                    .print(writer);
            csv.forEachSkuRow(merchantId, r -> {
                List<Object> values = new ArrayList<>(r.intoList());
                values.set(9, BigDecimal.valueOf(r.get(9, Long.class), 2).toPlainString());
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Creates one draft per distinct title, in one transaction. Throws {@link CsvImportRefused} with every problem
     * found (row, column, message key) when any row is wrong; then nothing is stored.
     */
    @Transactional
    public CsvImportResult importCsv(byte[] content) {
        UUID merchantId = myMerchantId();
        Set<String> categories =
                products.leafCategories().stream().map(Category::code).collect(Collectors.toSet());
        ProductCsvReader.Parsed parsed = ProductCsvReader.read(content, categories);
        List<CsvRowError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            checkAgainstCatalog(parsed.groups(), merchantId, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CsvRowError::row));
            throw new CsvImportRefused(errors);
        }
        int skus = 0;
        for (ProductCsvReader.Group group : parsed.groups()) {
            products.create(newProduct(group));
            skus += group.lines().size();
        }
        return new CsvImportResult(parsed.groups().size(), skus);
    }

    private void checkAgainstCatalog(List<ProductCsvReader.Group> groups, UUID merchantId, List<CsvRowError> errors) {
        List<ProductCsvReader.Line> lines =
                groups.stream().flatMap(g -> g.lines().stream()).toList();
        Set<String> taken = csv.takenSkuCodes(
                merchantId, lines.stream().map(l -> l.sku().skuCode()).toList());
        lines.stream()
                .filter(l -> taken.contains(l.sku().skuCode()))
                .forEach(l -> errors.add(new CsvRowError(l.row(), SKU_CODE, "error.csv.skuCodeTaken")));
        if (!errors.isEmpty()) {
            return;
        }
        // the product rules (spec values complete, combinations unique, …) are the editor's, applied per title
        for (ProductCsvReader.Group group : groups) {
            products.validate(newProduct(group), merchantId, null)
                    .forEach((field, key) -> errors.add(
                            new CsvRowError(group.firstRow(), PRODUCT_FIELDS.getOrDefault(field, "row"), key)));
        }
    }

    private static NewProduct newProduct(ProductCsvReader.Group group) {
        return new NewProduct(
                group.facts().get(CATEGORY),
                group.title(),
                group.facts().get(SUBTITLE),
                group.facts().get(BRAND),
                null,
                List.of(IMPORTED_ART),
                group.facts().get(SPEC1_NAME),
                group.facts().get(SPEC2_NAME),
                group.lines().stream().map(ProductCsvReader.Line::sku).toList(),
                5,
                true,
                null,
                true);
    }

    private UUID myMerchantId() {
        return merchants.require(StaffPermission.PRODUCTS).id();
    }
}
