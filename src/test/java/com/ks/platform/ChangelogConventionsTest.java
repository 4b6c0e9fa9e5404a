package com.ks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Portable, module-owned schema: tables carry their module's prefix and nothing is named with a reserved word. */
class ChangelogConventionsTest {

    private static final Set<String> RESERVED = Set.of(
            "order",
            "user",
            "key",
            "value",
            "year",
            "month",
            "day",
            "group",
            "select",
            "from",
            "where",
            "table",
            "column",
            "check",
            "default",
            "limit",
            "offset",
            "end",
            "position",
            "role",
            "type",
            "level",
            "comment",
            "session",
            "timestamp",
            "date",
            "time",
            "number",
            "size",
            "row",
            "rows",
            "start",
            "window",
            "current");
    private static final Set<String> SHARED_TABLES = Set.of("shedlock", "event_publication");
    private static final Set<String> MODULES = Set.of(
            "shared",
            "identity",
            "notification",
            "merchant",
            "catalog",
            "compliance",
            "cart",
            "engagement",
            "ordering",
            "credit",
            "risk",
            "payment",
            "aftersales",
            "review",
            "support",
            "promotion",
            "privacy",
            "community",
            "intrusion",
            "settings");

    @Test
    void tables_are_prefixed_with_their_module_and_no_name_is_a_reserved_word() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("db"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String module = file.getParent().getFileName().toString();
                var document = DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(file.toFile());
                NodeList tables = document.getElementsByTagName("createTable");
                for (int i = 0; i < tables.getLength(); i++) {
                    String table =
                            ((Element) tables.item(i)).getAttribute("tableName").toLowerCase(Locale.ROOT);
                    boolean prefixed = table.startsWith(module + "_")
                            || (module.equals("shared") && SHARED_TABLES.contains(table));
                    if (!MODULES.contains(module) || !prefixed) {
                        problems.add(file + ": table " + table + " is not prefixed with its module " + module);
                    }
                }
                NodeList columns = document.getElementsByTagName("column");
                for (int i = 0; i < columns.getLength(); i++) {
                    String column =
                            ((Element) columns.item(i)).getAttribute("name").toLowerCase(Locale.ROOT);
                    if (RESERVED.contains(column)) {
                        problems.add(file + ": column " + column + " is an SQL reserved word");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void changelogs_use_no_vendor_specific_types() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("db"))) {
            // the one exception: PostgreSQL's append-only trigger on the audit trail (its file says why)
            for (Path file : files.filter(p -> p.toString().endsWith(".xml"))
                    .filter(p -> !p.endsWith(Path.of("shared", "append-only.xml")))
                    .toList()) {
                String xml = Files.readString(file).toLowerCase(Locale.ROOT);
                assertThat(xml)
                        .as(file.toString())
                        .doesNotContain("jsonb", "type=\"serial", "type=\"bigserial", "<sql", "enum(");
            }
        }
    }
}
