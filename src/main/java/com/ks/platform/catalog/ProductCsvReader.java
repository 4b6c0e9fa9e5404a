package com.ks.platform.catalog;

import static com.ks.platform.catalog.ProductCsvColumns.*;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a product CSV with Commons CSV and checks every row on its own (format, ranges, duplicates inside the file).
 * Rows are grouped into products by title. Checks against the database (codes already taken, the product rules of
 * {@link ProductService}) are the caller's.
 */
final class ProductCsvReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final Pattern PRICE_FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern SKU_CODE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            TITLE, 120, BRAND, 60, SUBTITLE, 200, SPEC1_NAME, 20, SPEC2_NAME, 20, SPEC1_VALUE, 30, SPEC2_VALUE, 30);

    record Line(int row, NewProduct.NewSku sku) {}

    record Group(String title, int firstRow, Map<String, String> facts, List<Line> lines) {}

    record Parsed(List<Group> groups, List<CsvRowError> errors) {}

    private final Set<String> categoryCodes;
    private final List<CsvRowError> errors = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> codes = new HashSet<>();

    private ProductCsvReader(Set<String> categoryCodes) {
        this.categoryCodes = categoryCodes;
    }

    /** @param categoryCodes the codes a product may be filed under (second-level categories) */
    static Parsed read(byte[] content, Set<String> categoryCodes) {
        ProductCsvReader reader = new ProductCsvReader(categoryCodes);
        reader.readAll(content);
        return new Parsed(List.copyOf(reader.groups.values()), List.copyOf(reader.errors));
    }

    private void readAll(byte[] content) {
        if (content == null || content.length == 0) {
            errors.add(new CsvRowError(0, "file", "error.csv.empty"));
            return;
        }
        if (content.length > MAX_BYTES) {
            errors.add(new CsvRowError(0, "file", "error.csv.tooLarge"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            errors.add(new CsvRowError(0, "file", "error.csv.encoding"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            if (!parser.getHeaderNames().containsAll(REQUIRED)) {
                errors.add(new CsvRowError(1, "header", "error.csv.header"));
                return;
            }
            readRows(parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            errors.add(new CsvRowError(0, "file", "error.csv.malformed"));
        }
    }

    private void readRows(CSVParser parser) {
        var records = parser.iterator();
        int count = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException malformed) {
                errors.add(new CsvRowError((int) parser.getCurrentLineNumber(), "row", "error.csv.malformed"));
                return;
            }
            if (++count > MAX_ROWS) {
                errors.add(new CsvRowError(0, "file", "error.csv.tooManyRows"));
                return;
            }
            readRow(record, (int) parser.getCurrentLineNumber());
        }
        if (count == 0) {
            errors.add(new CsvRowError(0, "file", "error.csv.empty"));
        }
    }

    private void readRow(CSVRecord record, int row) {
        if (!record.isConsistent()) {
            errors.add(new CsvRowError(row, "row", "error.csv.columns"));
            return;
        }
        int before = errors.size();
        Map<String, String> values = new HashMap<>();
        for (String column : ALL) {
            String value = record.isMapped(column) ? record.get(column) : "";
            values.put(column, value == null || value.isBlank() ? null : value.strip());
            Integer max = MAX_LENGTH.get(column);
            if (max != null && values.get(column) != null && values.get(column).length() > max) {
                errors.add(new CsvRowError(row, column, "error.csv.tooLong"));
            }
        }
        String title = values.get(TITLE);
        if (title == null) {
            errors.add(new CsvRowError(row, TITLE, "error.product.title"));
        }
        if (values.get(CATEGORY) == null || !categoryCodes.contains(values.get(CATEGORY))) {
            errors.add(new CsvRowError(row, CATEGORY, "error.product.category"));
        }
        String code = values.get(SKU_CODE);
        if (code == null || !SKU_CODE_FORMAT.matcher(code).matches()) {
            errors.add(new CsvRowError(row, SKU_CODE, "error.sku.code"));
        } else if (!codes.add(code)) {
            errors.add(new CsvRowError(row, SKU_CODE, "error.sku.duplicateCode"));
        }
        long priceFen = priceFen(values.get(PRICE));
        if (priceFen <= 0 || priceFen > ProductService.MAX_PRICE_FEN) {
            errors.add(new CsvRowError(row, PRICE, "error.csv.price"));
        }
        int stock = stock(values.get(STOCK));
        if (stock < 0) {
            errors.add(new CsvRowError(row, STOCK, "error.sku.stock"));
        }
        if (errors.size() > before) {
            return;
        }
        Group group = groups.computeIfAbsent(title, t -> new Group(t, row, productFacts(values), new ArrayList<>()));
        for (String column : PRODUCT_LEVEL) {
            if (!java.util.Objects.equals(group.facts().get(column), values.get(column))) {
                errors.add(new CsvRowError(row, column, "error.csv.inconsistent"));
            }
        }
        group.lines()
                .add(new Line(
                        row,
                        new NewProduct.NewSku(
                                code, values.get(SPEC1_VALUE), values.get(SPEC2_VALUE), priceFen, stock, null)));
    }

    private static Map<String, String> productFacts(Map<String, String> values) {
        Map<String, String> facts = new HashMap<>();
        PRODUCT_LEVEL.forEach(column -> facts.put(column, values.get(column)));
        return facts;
    }

    /** Yuan with at most two decimals, exactly (no rounding: 1.005 is refused); -1 when it is not such a number. */
    static long priceFen(String yuan) {
        if (yuan == null || !PRICE_FORMAT.matcher(yuan).matches()) {
            return -1;
        }
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    /** A whole number from 0 to the maximum; -1 otherwise. */
    private static int stock(String value) {
        if (value == null || !value.matches("\\d{1,7}")) {
            return -1;
        }
        int stock = Integer.parseInt(value);
        return stock <= ProductService.MAX_STOCK ? stock : -1;
    }
}
