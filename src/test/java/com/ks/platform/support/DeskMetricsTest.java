package com.ks.platform.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.metrics.DeskMetrics;
import com.ks.platform.support.metrics.DeskReport;
import com.ks.platform.ui.EChart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Leads' metrics from SQL (both databases): per agent and team, SLA attainment, channels, satisfaction. */
class DeskMetricsTest extends SupportTestSupport {

    @Autowired
    DeskMetrics metrics;

    @Test
    void an_answered_resolved_and_rated_ticket_counts_for_its_agent_and_team() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "积分什么时候到账？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 数据" + UUID.randomUUID().toString().substring(0, 4), 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.reply(ticket.ticketId(), "您好，下单后 7 天到账。", List.of()));
        run(agent, () -> tickets.resolve(ticket.ticketId(), null));
        run(shopper, () -> myTickets.rate(ticket.ticketId(), 4, "很快"));
        String agentName = as(agent, () -> presence.me().displayName());
        String teamName = teams(team);

        LocalDate today = BusinessTime.dayOf(Instant.now());
        DeskReport report = as(LEAD, () -> metrics.report(today.minusDays(1), today));

        assertThat(report.tickets()).isPositive();
        assertThat(report.firstResponse().medianSeconds()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(report.firstResponse().p90Seconds())
                .isGreaterThanOrEqualTo(report.firstResponse().medianSeconds());
        assertThat(report.firstResponseSla().met()).isPositive();
        assertThat(report.satisfaction().perScore().get(3)).isPositive();
        assertThat(report.byChannel()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo(DeskReport.Channel.HELP_CENTRE.labelKey());
            assertThat(c.count()).isPositive();
        });
        assertThat(report.perAgent()).anySatisfy(g -> {
            assertThat(g.name()).isEqualTo(agentName);
            assertThat(g.tickets()).isEqualTo(1);
            assertThat(g.resolved()).isEqualTo(1);
            assertThat(g.satisfaction()).isEqualTo(4.0);
        });
        assertThat(report.perTeam()).anySatisfy(g -> assertThat(g.name()).isEqualTo(teamName));
    }

    @Test
    void a_period_ending_before_it_starts_or_longer_than_a_year_is_refused_and_agents_see_no_metrics() {
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> as(LEAD, () -> metrics.report(today, today.minusDays(1))))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> as(LEAD, () -> metrics.report(today.minusYears(2), today)))
                .isInstanceOf(RuleViolated.class);
        String agent = agentAccount("客服 无权");
        assertThatThrownBy(() -> as(agent, () -> metrics.report(today, today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_lead_sees_the_metrics_page_with_its_charts() {
        signInAs(LEAD);
        navigate(DeskRoutes.METRICS);
        String text = TicketDeskPagesTest.pageText();
        assertThat(text).contains("首次响应（中位数 / P90）", "首次响应达标率", "满意度", "按客服", "按团队");
        assertThat(_find(EChart.class)).hasSize(4);
    }

    private String teams(UUID team) {
        return as(
                LEAD,
                () -> teams.teams().stream()
                        .filter(t -> t.id().equals(team))
                        .findFirst()
                        .orElseThrow()
                        .name());
    }
}
