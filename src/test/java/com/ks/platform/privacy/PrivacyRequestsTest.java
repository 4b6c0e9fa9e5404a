package com.ks.platform.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;
import static com.ks.jooq.Tables.PRIVACY_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.ks.platform.privacy.ui.PrivacyRequestView;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Privacy requests: filed in the centre, queued for officers with a 15-working-day deadline, answered by message. */
class PrivacyRequestsTest extends PrivacyTestSupport {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    PrivacyRequests requests;

    @Test
    @SuppressWarnings("unchecked")
    void a_question_reaches_the_officers_queue_with_its_deadline_and_the_answer_reaches_the_message_centre() {
        Person me = newPerson();
        signInAs(me.email());
        navigate("account/privacy");
        Select<PrivacyRequestKind> kind = _get(Select.class, spec -> spec.withLabel("请求类型"));
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("请求内容"));
        _click(_get(Button.class, spec -> spec.withText("提交请求")));
        assertThat(kind.isInvalid()).isTrue();
        assertThat(db.fetchCount(PRIVACY_REQUEST, PRIVACY_REQUEST.ACCOUNT_ID.eq(me.accountId())))
                .isZero();

        _setValue(kind, PrivacyRequestKind.QUESTION);
        _setValue(body, "我的浏览记录保存多久？" + me.name());
        _click(_get(Button.class, spec -> spec.withText("提交请求")));
        var mine = as(me.email(), requests::mine);
        assertThat(mine).hasSize(1);
        PrivacyRequestSummary request = mine.getFirst();
        LocalDate received = BusinessTime.dayOf(request.receivedAt());
        assertThat(request.dueOn()).isAfterOrEqualTo(received.plusDays(19)).isBeforeOrEqualTo(received.plusDays(21));
        assertThat(request.dueOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        signInAs(OFFICER);
        navigate("compliance/privacy-requests");
        Grid<PrivacyRequestSummary> queue = _get(Grid.class, spec -> spec.withId("privacy-requests"));
        assertThat(GridKt._findAll(queue)).extracting(PrivacyRequestSummary::id).contains(request.id());
        navigate("compliance/privacy-requests/" + request.id());
        _click(_get(Button.class, spec -> spec.withText("发送答复并结案")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("答复（发送到请求人的站内信）"))
                        .isInvalid())
                .isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("答复（发送到请求人的站内信）")), "保存 180 天，到期自动删除。");
        _click(_get(Button.class, spec -> spec.withText("发送答复并结案")));

        assertThat(db.fetchCount(
                        NOTIFICATION_NOTICE,
                        NOTIFICATION_NOTICE
                                .ACCOUNT_ID
                                .eq(me.accountId())
                                .and(NOTIFICATION_NOTICE.MESSAGE_KEY.eq("notice.privacy.requestAnswered"))
                                .and(NOTIFICATION_NOTICE.PARAMS.contains("保存 180 天"))))
                .isEqualTo(1);
        actAs(OFFICER);
        assertThat(requests.find(request.id()).resolved()).isTrue();
        assertThatThrownBy(() -> requests.resolve(request.id(), "再答一次"))
                .hasMessageContaining("pipl.request.alreadyResolved");
    }

    @Test
    void the_compliance_overview_counts_open_privacy_requests_and_links_to_their_queue() {
        Person me = newPerson();
        as(me.email(), () -> requests.submit(PrivacyRequestKind.COPY, "请把我的数据副本发给我"));
        int open = as(OFFICER, () -> requests.count(true));

        signInAs(OFFICER);
        navigate("compliance");

        KpiCard card = _find(KpiCard.class).stream()
                .filter(c -> _find(c, Span.class, spec -> spec.withText("待答复的个人信息请求"))
                                .size()
                        == 1)
                .findFirst()
                .orElseThrow();
        _get(card, Span.class, spec -> spec.withText(String.valueOf(open)));
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("compliance/privacy-requests");
        assertThat(_find(Span.class, spec -> spec.withText("已逾期的个人信息请求"))).hasSize(1);
    }

    @Test
    void a_shopper_cannot_open_or_read_a_request_by_a_guessed_id() {
        Person me = newPerson();
        Person other = newPerson();
        as(other.email(), () -> requests.submit(PrivacyRequestKind.COMPLAINT, "别人的投诉"));
        UUID theirs = db.select(PRIVACY_REQUEST.ID)
                .from(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.ACCOUNT_ID.eq(other.accountId()))
                .fetchOne(PRIVACY_REQUEST.ID);

        signInAs(me.email());
        try {
            navigate("compliance/privacy-requests/" + theirs);
        } catch (MockAccessDeniedException refused) {
            // Karibu's way of telling that the route was refused
        }
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PrivacyRequestView.class))
                .isEmpty();
        actAs(me.email());
        assertThatThrownBy(() -> requests.find(theirs)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(requests.mine()).isEmpty();
    }

    @Test
    void an_officer_opening_an_unknown_request_sees_not_found() {
        signInAs(OFFICER);
        navigate("compliance/privacy-requests/" + UUID.randomUUID());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PrivacyRequestView.class))
                .isEmpty();
    }

    @Test
    void working_days_skip_weekends_and_holidays_and_count_weekend_days_worked_instead() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(new WorkingDays(java.util.Set.of(), java.util.Set.of()).after(friday, 15))
                .isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(new WorkingDays(java.util.Set.of(LocalDate.of(2026, 12, 25)), java.util.Set.of()).after(friday, 15))
                .isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(new WorkingDays(java.util.Set.of(), java.util.Set.of(LocalDate.of(2026, 12, 19))).after(friday, 15))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }
}
