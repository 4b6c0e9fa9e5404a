package com.ks.platform.shared;

import com.ks.jooq.DefaultSchema;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rewrites every stored personal-data value that is not under the primary key: ciphertexts of an older key after a
 * rotation, and plaintext written before encryption existed (the migration of existing rows, on H2 and PostgreSQL
 * alike: plain SQL by id, no vendor feature). Fills a blind-index column ({@code <column>_INDEX}) where it is empty.
 *
 * <p>The columns are the ones the jOOQ code generator gave the {@link EncryptedText} converter (found in the generated
 * schema, so a new encrypted column needs only its forcedType). Runs once at start-up, before the demo seeder, and
 * nightly; each row is one conditional update ({@code … WHERE id = ? AND column = <the value read>}), so a row written
 * meanwhile is left alone (it is already under the primary key) and two nodes running at once do no harm.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PersonalDataReencryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

    private final DSLContext db;
    private final PersonalDataCipher cipher;
    private final int batch;

    PersonalDataReencryption(DSLContext db, PersonalDataCipher cipher, PersonalDataKeySettings settings) {
        this.db = db;
        this.cipher = cipher;
        this.batch = settings.reencryptBatch();
    }

    @Override
    public void run(ApplicationArguments args) {
        int rewritten = run();
        if (rewritten > 0) {
            log.info("Personal data: {} stored values rewritten under the primary key", rewritten);
        }
    }

    @Scheduled(cron = "${ks.personal-data.reencrypt-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "personal-data-reencrypt", lockAtMostFor = "PT2H")
    void scheduled() {
        log.info("Personal data: {} stored values rewritten under the primary key", run());
    }

    /** Rewrites what is due and fills missing blind indexes; the number of values written. */
    public int run() {
        int written = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<Field<?>> encrypted = encryptedColumns(table);
            if (encrypted.isEmpty()) {
                continue;
            }
            Field<Object> id = idOf(table);
            for (Field<?> column : encrypted) {
                written += rewrite(table, id, column);
            }
        }
        return written;
    }

    /** Every column of the generated schema that holds ciphertext. */
    static List<Field<?>> encryptedColumns(Table<?> table) {
        return table.fieldStream()
                .filter(f -> (Object) f.getConverter() instanceof EncryptedText)
                .<Field<?>>map(f -> f)
                .toList();
    }

    private static Field<Object> idOf(Table<?> table) {
        UniqueKey<?> key = table.getPrimaryKey();
        if (key == null || key.getFields().size() != 1) {
            throw new IllegalStateException(table.getName() + " holds personal data but has no single-column key");
        }
        Field<?> id = key.getFields().getFirst();
        @SuppressWarnings("unchecked")
        DataType<Object> type = (DataType<Object>) id.getDataType().getSQLDataType();
        return DSL.field(DSL.name(id.getName()), type);
    }

    private int rewrite(Table<?> table, Field<Object> id, Field<?> column) {
        Field<String> value = rawText(column);
        Field<?> indexColumn = table.field(column.getName() + "_INDEX");
        Field<String> index = indexColumn == null ? null : rawText(indexColumn);
        var due = value.isNotNull()
                .and(value.notLike(cipher.primaryPrefix() + "%")
                        .or(index == null ? DSL.falseCondition() : index.isNull()));
        Table<?> plain = DSL.table(DSL.name(table.getName()));
        int written = 0;
        while (true) {
            int before = written;
            var rows = db.select(id, value)
                    .from(plain)
                    .where(due)
                    .orderBy(id)
                    .limit(batch)
                    .fetch();
            for (var row : rows) {
                String stored = row.value2();
                String plaintext = cipher.decrypt(stored);
                var update = db.update(plain).set(value, cipher.encrypt(plaintext));
                if (index != null) {
                    update = update.set(index, cipher.blindIndex(plaintext));
                }
                written +=
                        update.where(id.eq(row.value1())).and(value.eq(stored)).execute();
            }
            if (rows.size() < batch || written == before) {
                return written;
            }
        }
    }

    /** The column by name only, without the converter: the stored text as it is. */
    private static Field<String> rawText(Field<?> column) {
        return DSL.field(DSL.name(column.getName()), SQLDataType.VARCHAR);
    }
}
