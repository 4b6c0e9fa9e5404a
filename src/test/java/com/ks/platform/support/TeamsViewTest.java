package com.ks.platform.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.identity.AccountService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.support.ui.TeamsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The leads' page for teams, agents and routing rules: what they change routes the next ticket at once. */
class TeamsViewTest extends SupportTestSupport {

    @Autowired
    AuditTrail audit;

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_builds_a_team_enrols_an_agent_and_a_rule_sends_the_next_ticket_there_at_once() {
        String agent = agentAccount("客服 规则");
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        signInAs(LEAD);
        navigate(DeskRoutes.TEAMS);

        _setValue(_get(TextField.class, spec -> spec.withLabel("团队代码")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("团队名称")), "英文组 " + code);
        CheckboxGroup<TicketType> skills = _get(CheckboxGroup.class, spec -> spec.withLabel("擅长的工单类型"));
        _setValue(skills, Set.of(TicketType.OTHER));
        _click(_find(Button.class, spec -> spec.withText("保存")).get(0));
        TeamSummary team = teamsNamed("英文组 " + code);
        assertThat(team.code()).isEqualTo(code);
        assertThat(team.skills()).containsExactly(TicketType.OTHER);

        _setValue(_get(EmailField.class, spec -> spec.withLabel("客服账号邮箱")), agent);
        CheckboxGroup<TeamSummary> teamChoice = _get(CheckboxGroup.class, spec -> spec.withLabel("所属团队"));
        _setValue(
                teamChoice,
                Set.of(teamChoice
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(team.id()))
                        .findFirst()
                        .orElseThrow()));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("同时处理上限")), 3);
        _click(_find(Button.class, spec -> spec.withText("保存")).get(1));
        AgentSummary enrolled = lead(() -> teams.agents()).stream()
                .filter(a -> a.accountId().equals(idOf(agent)))
                .findFirst()
                .orElseThrow();
        assertThat(enrolled.teamIds()).containsExactly(team.id());
        assertThat(enrolled.maxOpen()).isEqualTo(3);

        Select<TicketType> type = _get(Select.class, spec -> spec.withLabel("工单类型"));
        _setValue(type, TicketType.OTHER);
        _setValue(_get(TextField.class, spec -> spec.withLabel("语言")), "en");
        Select<TeamSummary> target = _get(Select.class, spec -> spec.withLabel("分配给团队"));
        _setValue(
                target,
                target.getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(team.id()))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("优先级")), 1000);
        _click(_find(Button.class, spec -> spec.withText("保存")).get(2));
        RoutingRule rule = lead(() -> teams.rules()).stream()
                .filter(r -> team.id().equals(r.teamId()))
                .findFirst()
                .orElseThrow();
        try {
            run(agent, () -> presence.setStatus(AgentStatus.ONLINE));
            String shopper = shopper();
            run(shopper, () -> context.getBean(AccountService.class).changeMyLanguage(Locale.ENGLISH));
            Opened ticket = ask(shopper, TicketType.OTHER, null, "Where can I see my points?");

            TicketDetail routed = detail(ticket.ticketId());
            assertThat(routed.summary().teamId()).isEqualTo(team.id());
            assertThat(routed.summary().assigneeId()).isEqualTo(idOf(agent));
        } finally {
            run(LEAD, () -> teams.deleteRule(rule.id()));
            run(agent, () -> presence.setStatus(AgentStatus.OFFLINE));
        }
        assertThat(audit.historyOf("support_routing_rule", rule.id().toString()))
                .extracting(e -> e.action())
                .containsExactly("support_routing_rule.created", "support_routing_rule.deleted");
        assertThat(audit.historyOf("support_team", team.id().toString()))
                .extracting(e -> e.action())
                .containsExactly("support_team.created");
    }

    @Test
    @SuppressWarnings("unchecked")
    void bad_input_is_shown_next_to_its_field_and_nothing_is_saved() {
        String shopper = shopper();
        signInAs(LEAD);
        navigate(DeskRoutes.TEAMS);
        TextField code = _get(TextField.class, spec -> spec.withLabel("团队代码"));
        _setValue(code, "含 空格");
        _setValue(_get(TextField.class, spec -> spec.withLabel("团队名称")), "坏代码组");
        _click(_find(Button.class, spec -> spec.withText("保存")).get(0));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("字母、数字或下划线");
        assertThat(lead(() -> teams.teams())).noneMatch(t -> t.name().equals("坏代码组"));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("客服账号邮箱"));
        _setValue(email, shopper);
        _click(_find(Button.class, spec -> spec.withText("保存")).get(1));
        assertThat(email.isInvalid()).as("a shopper's account is no agent").isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("找不到该邮箱的客服账号");

        int rules = lead(() -> teams.rules()).size();
        TextField language = _get(TextField.class, spec -> spec.withLabel("语言"));
        _setValue(language, "english");
        Select<TeamSummary> target = _get(Select.class, spec -> spec.withLabel("分配给团队"));
        _setValue(target, target.getListDataView().getItems().findFirst().orElseThrow());
        _click(_find(Button.class, spec -> spec.withText("保存")).get(2));
        assertThat(language.isInvalid()).isTrue();
        assertThat(language.getValue()).as("nothing typed is lost").isEqualTo("english");
        assertThat(lead(() -> teams.rules())).hasSize(rules);
    }

    @Test
    void an_agent_who_is_no_lead_is_refused_the_page_and_every_change() {
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 非主管", 3);
        signInAs(agent);
        navigate(DeskRoutes.TEAMS);
        _assertNone(TeamsView.class);

        run(agent, () -> {
            assertThatThrownBy(() -> teams.createTeam("AGENT_TEAM", "自建组", Set.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.enrol(idOf(agent), Set.of(team), 200))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.saveRule(new RoutingRule(null, null, null, null, team, 1000)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.updateTeam(team, "改名", Set.of())).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(lead(() -> teams.rules())).noneMatch(r -> team.equals(r.teamId()));
        run(agent, () -> presence.setStatus(AgentStatus.OFFLINE));
    }

    /** A read as the lead that leaves the lead signed in for the page under test. */
    private <T> T lead(java.util.function.Supplier<T> read) {
        try {
            return as(LEAD, read);
        } finally {
            actAs(LEAD);
        }
    }

    private TeamSummary teamsNamed(String name) {
        List<TeamSummary> all = lead(() -> teams.teams());
        return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
