package com.ks.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;

/**
 * What must hold in the database after any of the faults, read straight from PostgreSQL once the clients and the
 * provider have their answers: nothing acknowledged is lost or doubled, no key is left unanswered, stock, payments
 * and the ledger add up, and no business change is half-written.
 */
final class Invariants {

    private final Connection db;

    Invariants(Connection db) {
        this.db = db;
    }

    /** Stock of each SKU now. */
    Map<UUID, Long> stock(Collection<UUID> skus) throws SQLException {
        Map<UUID, Long> stock = new HashMap<>();
        for (UUID sku : skus) {
            stock.put(sku, single("select stock from catalog_sku where id = ?", sku));
        }
        return stock;
    }

    void check(
            List<LoadClients.Placed> placed,
            Set<UUID> accounts,
            Map<UUID, Long> initialStock,
            Set<UUID> approvedPayments,
            SoftAssertions softly)
            throws SQLException {
        // every acknowledged order exactly once: its checkout holds exactly the orders the client was told
        Set<UUID> acknowledgedCheckouts = new HashSet<>();
        for (LoadClients.Placed order : placed) {
            acknowledgedCheckouts.add(order.checkoutId());
            softly.assertThat(uuids("select id from ordering_order where checkout_id = ?", order.checkoutId()))
                    .as("orders of acknowledged checkout %s (key %s)", order.checkoutId(), order.key())
                    .containsExactlyInAnyOrderElementsOf(order.orderIds());
        }
        softly.assertThat(acknowledgedCheckouts)
                .as("one checkout per Idempotency-Key: no two keys acknowledged with the same checkout")
                .hasSize(placed.size());
        // no order the clients were never told about (a duplicate under a new attempt, or one lost with its answer)
        Set<UUID> committed = new HashSet<>();
        for (UUID account : accounts) {
            committed.addAll(uuids("select id from ordering_checkout where account_id = ?", account));
        }
        softly.assertThat(committed)
                .as("checkouts in the database = checkouts acknowledged")
                .containsExactlyInAnyOrderElementsOf(acknowledgedCheckouts);

        softly.assertThat(
                        single(
                                "select count(*) from shared_idempotency_key where response_status is null and lease_until < now()"))
                .as("keys left unanswered past their lease")
                .isZero();
        softly.assertThat(single("select count(*) from shared_idempotency_key where response_status is null"))
                .as("keys still unanswered after every client has its answer")
                .isZero();

        for (var sku : initialStock.entrySet()) {
            long now = single("select stock from catalog_sku where id = ?", sku.getKey());
            long sold = single(
                    "select coalesce(sum(l.quantity), 0) from ordering_order_line l join ordering_order o"
                            + " on o.id = l.order_id where l.sku_id = ? and o.status <> 'CANCELLED'",
                    sku.getKey());
            softly.assertThat(now).as("stock of %s", sku.getKey()).isEqualTo(sku.getValue() - sold);
            softly.assertThat(now)
                    .as("stock of %s never negative", sku.getKey())
                    .isNotNegative();
        }

        // paid exactly once: one accepted notification, one capture in the ledger, the orders paid
        for (UUID payment : approvedPayments) {
            softly.assertThat(text("select status from payment_payment where id = ?", payment))
                    .as("payment %s after its notification", payment)
                    .isEqualTo("SUCCEEDED");
            softly.assertThat(single(
                            "select count(*) from payment_notification where payment_id = ? and verdict = 'ACCEPTED'",
                            payment))
                    .as("accepted notifications of payment %s", payment)
                    .isEqualTo(1);
            softly.assertThat(single(
                            "select count(distinct movement_id) from payment_ledger_entry where payment_id = ?"
                                    + " and kind = 'CAPTURE'",
                            payment))
                    .as("captures of payment %s", payment)
                    .isEqualTo(1);
            softly.assertThat(single(
                            "select count(*) from ordering_order o join payment_payment p on p.checkout_id ="
                                    + " o.checkout_id where p.id = ? and (o.status <> 'PAID' or o.paid_at is null)",
                            payment))
                    .as("orders of payment %s not paid", payment)
                    .isZero();
        }
        softly.assertThat(single("select count(*) from (select checkout_id from payment_payment where status ="
                        + " 'SUCCEEDED' and checkout_id is not null group by checkout_id having count(*) > 1) twice"))
                .as("checkouts paid twice")
                .isZero();

        softly.assertThat(single("select count(*) from (select movement_id from payment_ledger_entry group by"
                        + " movement_id having sum(amount_fen) <> 0) unbalanced"))
                .as("ledger movements that do not sum to zero")
                .isZero();
        softly.assertThat(single("select coalesce(sum(amount_fen), 0) from payment_ledger_entry"))
                .as("the whole ledger's sum")
                .isZero();

        // half-written rows
        softly.assertThat(single("select count(*) from ordering_checkout c where not exists"
                        + " (select 1 from ordering_order o where o.checkout_id = c.id)"))
                .as("checkouts without orders")
                .isZero();
        softly.assertThat(single("select count(*) from ordering_order o where not exists"
                        + " (select 1 from ordering_order_line l where l.order_id = o.id)"))
                .as("orders without lines")
                .isZero();
        softly.assertThat(single("select count(*) from payment_payment p where p.status = 'SUCCEEDED' and not exists"
                        + " (select 1 from payment_ledger_entry e where e.payment_id = p.id and e.kind = 'CAPTURE')"))
                .as("succeeded payments without a capture")
                .isZero();
        softly.assertThat(single("select count(*) from payment_ledger_entry e join payment_payment p on p.id ="
                        + " e.payment_id where e.kind = 'CAPTURE' and p.status not in ('SUCCEEDED', 'REFUNDING', 'REFUNDED',"
                        + " 'PARTIALLY_REFUNDED')"))
                .as("captures of payments that did not succeed")
                .isZero();
        softly.assertThat(single("select count(*) from ordering_order o where o.status = 'PAID' and not exists"
                        + " (select 1 from payment_payment p where p.checkout_id = o.checkout_id and p.status ="
                        + " 'SUCCEEDED')"))
                .as("paid orders without a succeeded payment")
                .isZero();
        softly.assertThat(single("select count(*) from payment_payment p where p.status in ('PENDING', 'CREATED')"
                        + " and p.provider_payment_id is null"))
                .as("payments opened nowhere")
                .isZero();
    }

    private long single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    private String text(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private List<UUID> uuids(String sql, Object... parameters) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
