package com.ks.platform.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.compliance.ui.AuditLogView;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditQuery;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Officers find who did what to which object, check the chain, and export a period. */
class AuditLogViewTest extends ViolationTestSupport {

    @Autowired
    AuditLogService auditLog;

    @Test
    void an_officer_finds_every_step_of_a_violation_by_its_id_and_sees_the_chain_verified() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        signInAs(OFFICER);
        navigate("compliance/audit-log");
        _assertOne(AuditLogView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("对象编号")), id.toString());
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        List<AuditEntry> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).extracting(AuditEntry::action).containsExactly("violation.recorded");
        assertThat(rows.getFirst().actorLabel()).isEqualTo("合规专员 陈静");
        assertThat(GridKt._getFormattedRow(grid, 0)).as("the action in words").contains("记录违规并处罚");

        _click(_get(Button.class, spec -> spec.withText("校验完整性")));
        _assertOne(Span.class, spec -> spec.withPredicate(s -> s.getText().startsWith("哈希链完整")));
        _assertOne(
                Paragraph.class,
                spec -> spec.withPredicate(
                        p -> p.getText().startsWith("上次校验：") && p.getText().contains("合规专员 陈静，哈希链完整")));
    }

    @Test
    void an_export_needs_a_period_and_is_itself_recorded() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        actAs(OFFICER);
        assertThatThrownBy(() -> auditLog.exportCsv(new AuditQuery(null, null, "violation", id.toString(), null, null)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.audit.periodRequired");

        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        String csv = auditLog.exportCsv(new AuditQuery(
                null,
                null,
                "violation",
                id.toString(),
                BusinessTime.startOf(today),
                BusinessTime.startOf(today.plusDays(1))));

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("\"violation.recorded\"").contains("\"合规专员 陈静\"");
        assertThat(auditLog.search(new AuditQuery(null, "audit.exported", null, null, null, null), 0, 5))
                .anySatisfy(e -> assertThat(e.details()).contains("object=violation:" + id));
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(AuditLogService.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
