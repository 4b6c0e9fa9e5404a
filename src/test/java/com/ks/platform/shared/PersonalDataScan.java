package com.ks.platform.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Looks for personal data where none may be in clear (PIPL art. 51): given values (a test's names, mobiles, addresses,
 * e-mails) in every text column of every table, and e-mail addresses, mainland mobile numbers and given names in a log.
 * Findings are reported masked, so the report itself leaks nothing.
 */
public final class PersonalDataScan {

    /** An e-mail address of the demo (…@ks.demo) or of the tests (…@test.ks): the people the run made up. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@(?:ks\\.demo|test\\.ks)\\b");
    /** A mainland mobile number standing alone (11 digits, 1[3-9]…), not inside a longer number or a word. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z_])1[3-9]\\d{9}(?![0-9A-Za-z_])");

    private PersonalDataScan() {}

    /** The given values (any case) found in any text column of any table, as "TABLE.COLUMN: masked value". */
    public static List<String> database(DataSource dataSource, Collection<String> values) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (var table : CardNumberScan.textColumns(connection).entrySet()) {
                String columns = String.join(", ", table.getValue());
                try (Statement select = connection.createStatement();
                        ResultSet rows = select.executeQuery("select " + columns + " from " + table.getKey())) {
                    while (rows.next()) {
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            String text = rows.getString(i);
                            for (String value : values) {
                                if (text != null && contains(text, value)) {
                                    found.add(table.getKey() + "."
                                            + table.getValue().get(i - 1) + ": " + masked(value));
                                }
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

    /** E-mail addresses, mobile numbers and the given names in a text, masked. */
    public static List<String> in(String text, Collection<String> names) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(EMAIL, MOBILE)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(masked(matcher.group()));
            }
        }
        names.stream().filter(name -> text.contains(name)).forEach(name -> found.add(masked(name)));
        return found;
    }

    /** The same in a file (a log), line by line, as "line N: masked value". */
    public static List<String> file(Path file, Collection<String> names) {
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                int line = n + 1;
                in(lines.get(n), names).forEach(value -> found.add("line " + line + ": " + value));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return found;
    }

    private static boolean contains(String text, String value) {
        return text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    }

    private static String masked(String value) {
        return value.substring(0, value.offsetByCodePoints(0, 1)) + "…(" + value.length() + ")";
    }
}
