package com.ks.platform.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.ks.jooq.Tables.COMPLIANCE_AUDIT_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.compliance.audits.AuditCheckItem;
import com.ks.platform.compliance.audits.AuditOrigin;
import com.ks.platform.compliance.audits.AuditTask;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.compliance.audits.AuditTaskState;
import com.ks.platform.compliance.ui.AuditTasksView;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.KpiCard;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 抽查: tasks drawn by risk and opened by a grade drop, with a checklist, findings, a due date and a result. */
class AuditTasksTest extends ViolationTestSupport {

    @Autowired
    AuditTaskService audits;

    @Autowired
    CreditRatingService ratings;

    @Autowired
    AuditTrail audit;

    /** A shop whose grade fell below the alert line: a suspension takes it to E, and an audit task opens. */
    AuditTask droppedShopTask(Shop shop) {
        actAs(OFFICER);
        ratings.recompute(shop.merchant().id());
        record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());
        ratings.recompute(shop.merchant().id());
        return openTaskOf(shop.merchant().id());
    }

    AuditTask openTaskOf(UUID merchantId) {
        actAs(OFFICER);
        return audits.list(AuditTaskState.OPEN, 0, 100).stream()
                .filter(t -> t.merchantId().equals(merchantId))
                .findFirst()
                .map(t -> audits.task(t.id()))
                .orElseThrow();
    }

    @Test
    void a_grade_falling_below_the_alert_line_opens_one_audit_task_with_its_checklist() {
        var shop = shopWithAProduct();

        AuditTask task = droppedShopTask(shop);
        ratings.recompute(shop.merchant().id());
        violations.record(
                new NewViolation(shop.merchant().id(), "OTHER", "再次违规", Penalty.WARNING, 30, Set.of(), List.of()));
        ratings.recompute(shop.merchant().id());

        assertThat(task.origin()).isEqualTo(AuditOrigin.RATING_DROP);
        assertThat(task.state()).isEqualTo(AuditTaskState.OPEN);
        assertThat(task.riskReasons()).contains("GRADE:E", "DROP");
        assertThat(task.checks()).extracting(AuditTask.Check::item).contains(AuditCheckItem.LICENCE_VALID);
        assertThat(task.dueAt()).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(audits.list(AuditTaskState.OPEN, 0, 100))
                .as("one open task per merchant")
                .filteredOn(t -> t.merchantId().equals(shop.merchant().id()))
                .hasSize(1);
    }

    @Test
    void an_audit_passes_only_when_every_checklist_item_passed() {
        var shop = shopWithAProduct();
        AuditTask task = droppedShopTask(shop);
        Map<AuditCheckItem, Boolean> results = new EnumMap<>(AuditCheckItem.class);
        task.checks().forEach(c -> results.put(c.item(), true));
        results.put(AuditCheckItem.PRICES_MARKED, null);
        audits.save(task.id(), results, Map.of(), "执照有效，商品信息与实物一致");

        assertThatThrownBy(() -> audits.pass(task.id()))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.audit.checklistIncomplete");

        results.put(AuditCheckItem.PRICES_MARKED, true);
        audits.save(task.id(), results, Map.of(AuditCheckItem.PRICES_MARKED, "抽查 3 件，均明码标价"), "未发现问题");
        audits.pass(task.id());

        AuditTask passed = audits.task(task.id());
        assertThat(passed.state()).isEqualTo(AuditTaskState.PASSED);
        assertThat(passed.findings()).isEqualTo("未发现问题");
        assertThat(passed.closedBy()).isEqualTo("合规专员 陈静");
        assertThat(audit.historyOf("audit_task", task.id().toString()))
                .extracting(e -> e.action())
                .containsExactly("audit-task.opened", "audit-task.passed");
        assertThatThrownBy(() -> audits.pass(task.id())).isInstanceOf(RuleViolated.class);
    }

    @Test
    void an_audit_that_finds_a_violation_records_it_and_closes_and_another_merchant_cannot_be_named() {
        var shop = shopWithAProduct();
        var other = shopWithAProduct();
        AuditTask task = droppedShopTask(shop);

        assertThatThrownBy(() -> audits.closeWithViolation(
                        task.id(),
                        new NewViolation(
                                other.merchant().id(), "OTHER", "张冠李戴", Penalty.WARNING, 30, Set.of(), List.of())))
                .isInstanceOf(RuleViolated.class);
        assertThat(audits.task(task.id()).state()).isEqualTo(AuditTaskState.OPEN);

        UUID violationId = audits.closeWithViolation(
                task.id(),
                new NewViolation(
                        shop.merchant().id(),
                        "FALSE_ADVERTISING",
                        "抽查发现详情页虚构原价",
                        Penalty.DELISTING,
                        30,
                        Set.of(shop.product().id()),
                        List.of()));

        AuditTask closed = audits.task(task.id());
        assertThat(closed.state()).isEqualTo(AuditTaskState.VIOLATION_OPENED);
        assertThat(closed.violationId()).isEqualTo(violationId);
        assertThat(catalog.product(shop.product().id())).isEmpty();
    }

    @Test
    void a_drawn_sample_gives_each_merchant_at_most_one_open_task_with_a_due_date() {
        actAs(OFFICER);
        List<UUID> drawn = audits.drawSample();
        List<UUID> again = audits.drawSample();

        assertThat(drawn).hasSizeLessThanOrEqualTo(5);
        List<AuditTask> open = audits.list(AuditTaskState.OPEN, 0, 100);
        assertThat(open).extracting(AuditTask::merchantId).doesNotHaveDuplicates();
        for (UUID id : again) {
            AuditTask task = audits.task(id);
            assertThat(task.origin()).isEqualTo(AuditOrigin.SAMPLE);
            assertThat(task.checks()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(task.riskReasons()).isNotNull();
        }
    }

    @Test
    void an_overdue_audit_is_highlighted_on_the_overview_and_other_roles_cannot_open_audits() {
        var shop = shopWithAProduct();
        AuditTask task = droppedShopTask(shop);
        db.update(COMPLIANCE_AUDIT_TASK)
                .set(COMPLIANCE_AUDIT_TASK.DUE_AT, Instant.now().minus(Duration.ofDays(1)))
                .where(COMPLIANCE_AUDIT_TASK.ID.eq(task.id()))
                .execute();

        signInAs(OFFICER);
        navigate("compliance");
        _assertOne(
                KpiCard.class,
                spec -> spec.withClasses("ks-kpi-attention")
                        .withPredicate(card -> card.getElement().getText().contains("已逾期的抽查")
                                || card.getChildren()
                                        .anyMatch(c -> c.getElement().getText().equals("已逾期的抽查"))));
        _assertOne(
                EChart.class,
                spec -> spec.withPredicate(
                        c -> c.getElement().getAttribute("aria-label").startsWith("近 90 天趋势")));
        navigate("compliance/audits");
        _assertOne(AuditTasksView.class);

        for (String who : new String[] {"shopper@ks.demo", shop.merchant().email()}) {
            actAs(who);
            assertThatThrownBy(() -> audits.task(task.id())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audits.drawSample()).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
