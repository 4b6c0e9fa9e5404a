package com.ks.platform.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every table's row count and a checksum of its content, to compare a restored database with the one backed up. The
 * checksum adds up one SHA-256 (first 8 bytes) per row, so row order does not matter and no ORDER BY over large or
 * binary columns is needed; values are read as text, which the same engine renders the same way after a restore.
 */
record Fingerprint(Map<String, Table> tables) {

    record Table(long rows, String checksum) {}

    static Fingerprint of(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String table : tableNames(connection)) {
            long rows = 0;
            long sum = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select * from " + quote(connection, table))) {
                int columns = rs.getMetaData().getColumnCount();
                MessageDigest digest = sha256();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        String value = rs.getString(i);
                        digest.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    byte[] hash = digest.digest();
                    long rowHash = 0;
                    for (int i = 0; i < 8; i++) {
                        rowHash = (rowHash << 8) | (hash[i] & 0xff);
                    }
                    sum += rowHash;
                    rows++;
                }
            }
            tables.put(
                    table.toLowerCase(Locale.ROOT),
                    new Table(rows, HexFormat.of().toHexDigits(sum)));
        }
        return new Fingerprint(tables);
    }

    /** The tables that differ (missing on either side, other count or checksum), by name. */
    List<String> differencesFrom(Fingerprint other) {
        List<String> differences = new ArrayList<>();
        var names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String name : names) {
            if (!java.util.Objects.equals(tables.get(name), other.tables.get(name))) {
                differences.add(name);
            }
        }
        return differences;
    }

    long totalRows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    void writeTo(Properties manifest) {
        tables.forEach((name, table) -> {
            manifest.setProperty("table." + name + ".rows", Long.toString(table.rows()));
            manifest.setProperty("table." + name + ".checksum", table.checksum());
        });
    }

    static Fingerprint readFrom(Properties manifest) {
        Map<String, Table> tables = new TreeMap<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith("table.") && key.endsWith(".rows")) {
                String name = key.substring("table.".length(), key.length() - ".rows".length());
                tables.put(
                        name,
                        new Table(
                                Long.parseLong(manifest.getProperty(key)),
                                manifest.getProperty("table." + name + ".checksum")));
            }
        }
        return new Fingerprint(tables);
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        String schema = connection.getSchema();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static String quote(Connection connection, String table) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        return quote + table.replace(quote, quote + quote) + quote;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
