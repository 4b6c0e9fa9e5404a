package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.PersonalDataCipher;
import com.ks.platform.shared.PersonalDataKeyRotation;
import com.ks.platform.shared.PersonalDataReencryption;
import com.ks.platform.shared.PersonalDataScan;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Personal data is encrypted at rest (PIPL art. 51): after a registration, an address and an order that was paid and
 * shipped, no table holds the shopper's name, mobile, street address or e-mail in clear; keys rotate without a reader
 * noticing; plaintext rows written before encryption are migrated.
 */
class PersonalDataAtRestTest extends OrderingTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    PersonalDataReencryption reencryption;

    @Autowired
    AccountService accountService;

    @Autowired
    AddressQueries addressQueries;

    record Person(String email, String name, String recipient, String mobile, String street, Shopper shopper) {}

    private Person newPerson() {
        String marker = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Person person = new Person(
                uniqueEmail("sealed"),
                "封存买家" + marker,
                "封存收件人" + marker,
                "139" + marker + "42",
                "保密路 " + marker + " 号",
                null);
        accountService.registerShopper(
                new RegisterShopper(person.email(), person.name(), "good password 2026", true, false));
        UUID addressId = as(
                person.email(),
                () -> addresses
                        .add(new AddressForm(
                                person.recipient(),
                                person.mobile(),
                                "330000",
                                "330100",
                                "330106",
                                person.street(),
                                true))
                        .id());
        return new Person(
                person.email(),
                person.name(),
                person.recipient(),
                person.mobile(),
                person.street(),
                new Shopper(person.email(), addressId));
    }

    @Test
    void after_registration_address_and_a_shipped_order_no_table_holds_the_shoppers_personal_data_in_clear() {
        Person person = newPerson();
        Shop shop = newShop();
        UUID orderId = shippedOrder(shop, person.shopper(), product(shop, 2_000, 5));

        assertThat(PersonalDataScan.database(
                        dataSource,
                        List.of(person.email(), person.name(), person.recipient(), person.mobile(), person.street())))
                .isEmpty();
        // and the shopper still reads everything back
        OrderDetails order = details(person.shopper(), orderId);
        assertThat(order.recipient()).isEqualTo(person.recipient());
        assertThat(order.mobile()).isEqualTo(person.mobile());
        assertThat(order.addressDetail()).isEqualTo(person.street());
    }

    @Test
    void the_email_signs_in_through_its_blind_index_in_any_case_and_stays_unique() {
        Person person = newPerson();
        actAs(person.email().toUpperCase());
        assertThat(queries.myOrders(OrderTab.ALL, 0, 10)).isEmpty();
        assertThat(rawEmailIndexes(person.email())).hasSize(1);
    }

    @Test
    void after_a_key_rotation_new_writes_use_the_new_key_old_values_still_read_and_the_job_rewrites_them() {
        Person person = newPerson();
        String oldPrefix = cipher.primaryPrefix();
        assertThat(rawMobile(person.shopper().addressId())).startsWith(oldPrefix);

        PersonalDataKeyRotation.rotate(cipher);
        String newPrefix = cipher.primaryPrefix();
        assertThat(newPrefix).isNotEqualTo(oldPrefix);
        // written before the rotation, read after it
        assertThat(as(person.email(), () -> addressQueries.mine()).getFirst().mobile())
                .isEqualTo(person.mobile());
        Person later = newPerson();
        assertThat(rawMobile(later.shopper().addressId())).startsWith(newPrefix);

        reencryption.run();
        assertThat(rawMobile(person.shopper().addressId())).startsWith(newPrefix);
        assertThat(as(person.email(), () -> addressQueries.mine()).getFirst().mobile())
                .isEqualTo(person.mobile());
    }

    @Test
    void a_plaintext_row_from_before_encryption_is_encrypted_and_indexed_by_the_migration() {
        Person person = newPerson();
        UUID addressId = person.shopper().addressId();
        db.update(DSL.table(DSL.name("IDENTITY_ADDRESS")))
                .set(DSL.field(DSL.name("MOBILE"), String.class), person.mobile())
                .set(DSL.field(DSL.name("MOBILE_INDEX"), String.class), (String) null)
                .where(DSL.field(DSL.name("ID"), UUID.class).eq(addressId))
                .execute();
        assertThat(as(person.email(), () -> addressQueries.mine()).getFirst().mobile())
                .as("plaintext is read as it is until the migration")
                .isEqualTo(person.mobile());

        assertThat(reencryption.run()).isPositive();

        assertThat(rawMobile(addressId)).startsWith(cipher.primaryPrefix()).doesNotContain(person.mobile());
        assertThat(db.select(DSL.field(DSL.name("MOBILE_INDEX"), String.class))
                        .from(DSL.table(DSL.name("IDENTITY_ADDRESS")))
                        .where(DSL.field(DSL.name("ID"), UUID.class).eq(addressId))
                        .fetchOne(0, String.class))
                .isEqualTo(cipher.blindIndex(person.mobile()));
        assertThat(as(person.email(), () -> addressQueries.mine()).getFirst().mobile())
                .isEqualTo(person.mobile());
    }

    private String rawMobile(UUID addressId) {
        return db.select(DSL.field(DSL.name("MOBILE"), String.class))
                .from(DSL.table(DSL.name("IDENTITY_ADDRESS")))
                .where(DSL.field(DSL.name("ID"), UUID.class).eq(addressId))
                .fetchOne(0, String.class);
    }

    private List<String> rawEmailIndexes(String email) {
        return db.select(DSL.field(DSL.name("EMAIL_INDEX"), String.class))
                .from(DSL.table(DSL.name("IDENTITY_ACCOUNT")))
                .where(DSL.field(DSL.name("EMAIL_INDEX"), String.class).eq(cipher.blindIndex(email)))
                .fetch(0, String.class);
    }
}
