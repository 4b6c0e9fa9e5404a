package com.ks.platform.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.ks.jooq.Tables.CREDIT_LINE;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.PRIVACY_CLOSURE;
import static com.ks.jooq.Tables.PRIVACY_SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.ks.platform.identity.AccountStatus;
import com.ks.platform.ordering.CancelReason;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** 注销账户 (PIPL art. 47): refusals explained, a grace period that signing in ends, then erasure without a trace. */
class AccountClosureTest extends PrivacyTestSupport {

    @Autowired
    AccountClosures closures;

    @Autowired
    ClosureEraser eraser;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void closing_with_an_open_order_is_refused_with_the_reason_and_nothing_is_written() {
        Person person = newPerson();
        placeOrder(person);
        signInAs(person.email());
        navigate("account/privacy");

        Div card = _get(Div.class, spec -> spec.withId("privacy-closure"));
        assertThat(card.getElement().getTextRecursively()).contains("你有尚未完成的订单");
        assertThat(_find(card, "注销账户")).isEmpty();
        assertThatThrownBy(closures::closeMine)
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("pipl.closure.openOrders");
        assertThat(db.fetchCount(PRIVACY_CLOSURE, PRIVACY_CLOSURE.ACCOUNT_ID.eq(person.accountId())))
                .isZero();
    }

    @Test
    void closing_with_unpaid_credit_is_refused_with_the_reason() {
        Person person = newPerson();
        Instant now = Instant.now();
        db.insertInto(CREDIT_LINE)
                .set(CREDIT_LINE.ACCOUNT_ID, person.accountId())
                .set(CREDIT_LINE.LIMIT_FEN, 100_000L)
                .set(CREDIT_LINE.OWED_FEN, 12_300L)
                .set(CREDIT_LINE.SCORE, 650)
                .set(CREDIT_LINE.STANDING, "GOOD")
                .set(CREDIT_LINE.ASSESSED_AT, now)
                .set(CREDIT_LINE.CREATED_AT, now)
                .set(CREDIT_LINE.UPDATED_AT, now)
                .execute();
        actAs(person.email());

        assertThat(closures.myRefusals()).containsExactly("pipl.closure.unpaidCredit");
        assertThatThrownBy(closures::closeMine).isInstanceOf(RuleViolated.class);
        assertThat(closures.myPendingClosure()).isEmpty();
    }

    @Test
    void a_shopper_closes_from_the_privacy_centre_and_signing_in_within_the_grace_period_cancels_it() {
        Person person = newPerson();
        signInAs(person.email());
        navigate("account/privacy");
        Div card = _get(Div.class, spec -> spec.withId("privacy-closure"));
        _click(_get(card, Button.class, spec -> spec.withText("注销账户")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        actAs(person.email());
        assertThat(closures.myPendingClosure()).isPresent();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));

        actAs(person.email());
        assertThat(closures.myPendingClosure()).isEmpty();
        assertThat(db.fetchCount(PRIVACY_SIGN_IN, PRIVACY_SIGN_IN.ACCOUNT_ID.eq(person.accountId())))
                .isEqualTo(1);
    }

    @Test
    void after_the_grace_period_the_job_erases_the_person_and_raw_tables_hold_nothing_of_them() {
        Person person = newPerson();
        UUID orderId = placeOrder(person);
        as(person.email(), () -> {
            ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED);
            return closures.closeMine();
        });
        assertThat(scan(person, rawTables()))
                .as("encrypted at rest: raw rows never show the person")
                .isEmpty();
        assertThat(scan(person, decryptingTables()))
                .as("before erasure the scan finds the person")
                .isNotEmpty();
        db.update(PRIVACY_CLOSURE)
                .set(PRIVACY_CLOSURE.ERASE_AFTER, Instant.now().minusSeconds(1))
                .where(PRIVACY_CLOSURE.ACCOUNT_ID.eq(person.accountId()))
                .execute();

        assertThat(eraser.eraseDue()).isGreaterThanOrEqualTo(1);

        assertThat(scan(person, decryptingTables()))
                .as("rows still naming the erased person")
                .isEmpty();
        assertThat(scan(person, rawTables())).isEmpty();
        // the order stays (E-Commerce Law art. 31), tied only to an account row without a person
        assertThat(db.fetchCount(ORDERING_ORDER, ORDERING_ORDER.ID.eq(orderId))).isEqualTo(1);
        assertThat(db.select(IDENTITY_ACCOUNT.STATUS)
                        .from(IDENTITY_ACCOUNT)
                        .where(IDENTITY_ACCOUNT.ID.eq(person.accountId()))
                        .fetchOne(IDENTITY_ACCOUNT.STATUS))
                .isEqualTo(AccountStatus.CLOSED.name());
        assertThatThrownBy(() -> userDetails.loadUserByUsername(person.email()))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    /** The tables as the database holds them (ciphertext stays ciphertext). */
    private List<? extends Table<?>> rawTables() {
        return db.meta().getSchemas().stream()
                .filter(schema -> schema.getName().equalsIgnoreCase("public"))
                .flatMap(schema -> schema.getTables().stream())
                .toList();
    }

    /** The generated tables, whose converters decrypt personal data: what the platform can still read of a person. */
    private static List<? extends Table<?>> decryptingTables() {
        return com.ks.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables();
    }

    /** Every text value in every table that contains one of the person's identifying values: "table: value". */
    private List<String> scan(Person person, List<? extends Table<?>> tables) {
        List<String> needles =
                List.of(person.email(), person.name(), person.recipient(), person.mobile(), person.street());
        List<String> found = new ArrayList<>();
        assertThat(tables).as("tables of the application schema").hasSizeGreaterThan(50);
        for (Table<?> table : tables) {
            String name = table.getName().toLowerCase();
            if (name.startsWith("databasechangelog")) {
                continue;
            }
            for (Record row : db.selectFrom(table).fetch()) {
                for (Object value : row.intoArray()) {
                    String text = value instanceof byte[] bytes ? new String(bytes) : String.valueOf(value);
                    needles.stream()
                            .filter(text::contains)
                            .findFirst()
                            .ifPresent(needle -> found.add(name + ": " + text));
                }
            }
        }
        return found;
    }

    private static List<Button> _find(Div card, String text) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(card, Button.class, spec -> spec.withText(text));
    }
}
