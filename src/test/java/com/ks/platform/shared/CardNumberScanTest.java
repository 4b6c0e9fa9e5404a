package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card-number scan can fail: it finds a planted number in text, in a table and in a file, and ignores look-alikes. */
class CardNumberScanTest {

    @Test
    void a_luhn_valid_card_number_is_found_as_typed_and_reported_masked() {
        assertThat(CardNumberScan.in("paid with 4111 1111 1111 1111 today")).containsExactly("411111…1111");
        assertThat(CardNumberScan.in("card=5555-5555-5555-4444;")).containsExactly("555555…4444");
        assertThat(CardNumberScan.in("{\"pan\":\"6222021234567890128\"}")).hasSize(1);
        assertThat(CardNumberScan.in("378282246310005")).containsExactly("378282…0005");
    }

    @Test
    void look_alikes_are_not_cards() {
        assertThat(CardNumberScan.in("4111 1111 1111 1112")).as("fails Luhn").isEmpty();
        assertThat(CardNumberScan.in("411111111111")).as("12 digits").isEmpty();
        assertThat(CardNumberScan.in("tok_4111111111111111"))
                .as("inside a word")
                .isEmpty();
        assertThat(CardNumberScan.in("1764112345678")).as("epoch milliseconds").isEmpty();
        assertThat(CardNumberScan.in("SF411111111111"))
                .as("a waybill with letters")
                .isEmpty();
        assertThat(CardNumberScan.in("01a21516-2614-761a-9638-98552aaea437")).isEmpty();
    }

    @Test
    void a_planted_number_is_found_in_a_database_table_and_in_a_file(@TempDir Path folder) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:card-scan-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create table leak_note (id int primary key, body varchar(200), note clob, n bigint)");
            sql.execute("insert into leak_note values (1, 'nothing here 4111 1111 1111 1112', null, 4111111111111111)");
            assertThat(CardNumberScan.database(h2)).isEmpty();
            sql.execute("insert into leak_note values (2, 'ok', 'card 4012 8888 8888 1881 exp 12/39', 1)");
        }
        Files.writeString(folder.resolve("export.csv"), "order,card\nA1,4000-0566-5566-5556\n", StandardCharsets.UTF_8);

        assertThat(CardNumberScan.database(h2)).containsExactly("LEAK_NOTE.NOTE: 401288…1881");
        assertThat(CardNumberScan.files(folder)).singleElement().asString().endsWith("export.csv: 400005…5556");
    }
}
