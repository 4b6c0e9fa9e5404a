package com.ks.platform.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Looks for card numbers where none may be (PCI DSS 3.4: a PAN is never stored in clear): digit runs of 13–19 digits,
 * as typed (single spaces or dashes between digits allowed), standing alone (not inside a word, hex string or longer
 * number), of a payment-card industry (ISO/IEC 7812 major industry identifier 2–6: Mastercard 2-series, Amex, JCB,
 * Diners, Visa, Mastercard, UnionPay, Discover) and passing the Luhn check. The industry filter keeps epoch
 * milliseconds (1…) and carriers' numeric waybills (7…, 9…) out; findings are reported masked (first 6, last 4).
 */
public final class CardNumberScan {

    private static final Pattern RUN = Pattern.compile("(?<![0-9A-Za-z_])\\d(?:[ -]?\\d){12,18}(?![0-9A-Za-z_])");
    private static final Set<Integer> TEXT_TYPES = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.CLOB,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.NCLOB);

    private CardNumberScan() {}

    /** The card-like numbers in a text, masked. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = RUN.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ -]", "");
            if (digits.charAt(0) >= '2' && digits.charAt(0) <= '6' && luhn(digits)) {
                found.add(digits.substring(0, 6) + "…" + digits.substring(digits.length() - 4));
            }
        }
        return found;
    }

    /** Every text column of every table of the connection's schema (read through JDBC metadata: H2 and PostgreSQL). */
    public static List<String> database(DataSource dataSource) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (var table : textColumns(connection).entrySet()) {
                String columns = String.join(", ", table.getValue());
                try (Statement select = connection.createStatement();
                        ResultSet rows = select.executeQuery("select " + columns + " from " + table.getKey())) {
                    while (rows.next()) {
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            for (String card : in(rows.getString(i))) {
                                found.add(
                                        table.getKey() + "." + table.getValue().get(i - 1) + ": " + card);
                            }
                        }
                    }
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return found;
    }

    /** The tables of the current schema that have text columns, with those columns. */
    public static Map<String, List<String>> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                if (TEXT_TYPES.contains(columns.getInt("DATA_TYPE"))
                        || "text".equalsIgnoreCase(columns.getString("TYPE_NAME"))) {
                    tables.computeIfAbsent(columns.getString("TABLE_NAME"), t -> new ArrayList<>())
                            .add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return tables;
    }

    /** Every regular file under the folders (missing ones are skipped), read as bytes so binary files scan too. */
    public static List<String> files(Path... roots) {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path file : paths.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    in(text).forEach(card -> found.add(file + ": " + card));
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return found;
    }

    /**
     * Surefire's XML reports (the console output of earlier test classes), without their {@code <properties>} block:
     * the JVM's system properties hold random temp-folder numbers (Tomcat's {@code catalina.base}) that are no one's.
     */
    public static List<String> testReports(Path folder) {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> reports = Files.list(folder)) {
            for (Path report : reports.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .toList()) {
                String text = Files.readString(report, StandardCharsets.UTF_8)
                        .replaceAll("(?s)<properties>.*?</properties>", "");
                in(text).forEach(card -> found.add(report + ": " + card));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return found;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
