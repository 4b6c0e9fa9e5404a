package com.ks.platform.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.TestMerchants;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The community's rules as a shopper, a buyer and an admin meet them; refusals leave nothing half-written. */
class CommunityServiceTest extends CommunityTestSupport {

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    @Test
    void a_post_with_photos_and_topics_leads_the_latest_feed_and_its_topic() {
        String author = newShopper("晒单达人");
        String topic = "开箱" + unique();
        UUID id = as(
                author,
                () -> community.publish(new NewPost(
                        "新到的台灯 #" + topic + "# 光线很柔和", List.of(TestMerchants.png(), TestMerchants.jpeg()), null)));

        PostCard first = queries.feed(FeedTab.LATEST, null, 0, 1).getFirst();
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.author().nickname()).isEqualTo("晒单达人");
        assertThat(first.photoUrls()).hasSize(2);
        assertThat(first.topics()).containsExactly(topic);
        assertThat(queries.feed(FeedTab.TOPIC, topic, 0, 10))
                .extracting(PostCard::id)
                .containsExactly(id);
        assertThat(RestClient.create(baseUrl())
                        .get()
                        .uri(first.photoUrls().getFirst())
                        .retrieve()
                        .toEntity(byte[].class)
                        .getHeaders()
                        .getContentType())
                .hasToString("image/png");
    }

    @Test
    void empty_or_oversized_text_a_disguised_file_or_ten_photos_are_refused_and_nothing_is_written() {
        String author = newShopper("小心翼翼");
        int before = queries.countFeed(FeedTab.LATEST, null);
        byte[] renamedPdf = TestMerchants.pdf();

        assertThatThrownBy(() -> run(author, () -> community.publish(new NewPost("  ", List.of(), null))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("body", "error.community.textLength.POST"));
        assertThatThrownBy(() -> run(author, () -> community.publish(new NewPost("长".repeat(2001), List.of(), null))))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> run(
                        author,
                        () -> community.publish(new NewPost("看看我的照片", List.of(TestMerchants.png(), renamedPdf), null))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("photos", "error.community.photoType"));
        assertThatThrownBy(() -> run(
                        author,
                        () -> community.publish(
                                new NewPost("十张照片", Collections.nCopies(10, TestMerchants.png()), null))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("photos", "error.community.tooManyPhotos"));

        assertThat(queries.countFeed(FeedTab.LATEST, null)).isEqualTo(before);
    }

    @Test
    void text_with_a_word_of_the_maintained_list_is_refused_naming_the_word() {
        String author = newShopper("广告哥");
        assertThatThrownBy(() -> run(author, () -> community.publish(new NewPost("便宜出，加 微 信 详聊", List.of(), null))))
                .isInstanceOfSatisfying(RuleViolated.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.community.blockedWord");
                    assertThat(e.arguments()).containsExactly("加微信");
                });
    }

    @Test
    void liking_twice_counts_once_and_the_toggle_takes_the_like_back() {
        String author = newShopper("被点赞的人");
        String reader = newShopper("点赞的人");
        UUID post = as(author, () -> community.publish(new NewPost("今天的穿搭 #日常#", List.of(), null)));

        run(reader, () -> community.like(post));
        assertThatThrownBy(() -> run(reader, () -> community.like(post)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.likedAlready");
        assertThat(queries.post(post).likes()).isEqualTo(1);

        assertThat(as(reader, () -> community.toggleLike(post))).isFalse();
        assertThat(queries.post(post).likes()).isZero();
    }

    @Test
    void only_the_author_edits_a_post_and_its_topics_follow_the_new_text() {
        String author = newShopper("作者本人");
        String other = newShopper("路人甲");
        UUID post = as(author, () -> community.publish(new NewPost("第一版 #旧话题#", List.of(), null)));

        assertThatThrownBy(() -> run(other, () -> community.edit(post, "被别人改掉了")))
                .isInstanceOf(NotAllowed.class)
                .hasMessageContaining("error.community.notYourPost");
        run(author, () -> community.edit(post, "第二版 #新话题#"));

        PostCard shown = queries.post(post);
        assertThat(shown.body()).isEqualTo("第二版 #新话题#");
        assertThat(shown.topics()).containsExactly("新话题");
        assertThat(shown.editedAt()).isNotNull();
    }

    @Test
    void people_follow_each_other_and_the_following_tab_shows_their_posts_but_nobody_follows_themselves() {
        String author = newShopper("博主");
        String fan = newShopper("粉丝");
        UUID post = as(author, () -> community.publish(new NewPost("关注我看更多 #日常#", List.of(), null)));
        UUID authorMember = queries.post(post).author().memberId();

        assertThat(as(fan, () -> community.toggleFollow(authorMember))).isTrue();
        assertThat(as(fan, () -> queries.feed(FeedTab.FOLLOWING, null, 0, 10)))
                .extracting(PostCard::id)
                .containsExactly(post);
        assertThat(queries.member(authorMember).followers()).isEqualTo(1);
        assertThat(queries.feed(FeedTab.FOLLOWING, null, 0, 10))
                .as("a visitor follows nobody")
                .isEmpty();
        assertThatThrownBy(() -> run(author, () -> community.toggleFollow(authorMember)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.followSelf");
    }

    @Test
    void buyers_are_invited_and_answer_once_but_someone_who_did_not_buy_cannot_answer() {
        UUID product = receivedByBuyer();
        String asker = newShopper("提问的人");
        String stranger = newShopper("没买过的人");
        String body = "电池能用多久？" + unique();
        UUID question = as(asker, () -> questions.ask(product, body));
        assertThat(as(BUYER, () -> notifications.myNotices(0, 20)))
                .anyMatch(n -> n.messageKey().equals("notice.community.questionInvite")
                        && n.params().contains(body));

        assertThatThrownBy(() -> run(stranger, () -> questions.answer(question, "我猜能用一天")))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.answerBuyersOnly");
        assertThat(as(stranger, () -> questions.canAnswer(product))).isFalse();
        run(BUYER, () -> questions.answer(question, "正常用一天没问题"));
        assertThatThrownBy(() -> run(BUYER, () -> questions.answer(question, "再答一次")))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.answeredAlready");

        Question shown = questions.ofProduct(product, 0, 50).stream()
                .filter(q -> q.id().equals(question))
                .findFirst()
                .orElseThrow();
        assertThat(shown.answers()).extracting(Question.Answer::body).containsExactly("正常用一天没问题");
        assertThat(as(asker, () -> notifications.myNotices(0, 10)))
                .anyMatch(n -> n.messageKey().equals("notice.community.answered"));
    }

    @Test
    void an_admin_hides_a_reported_post_its_author_is_told_and_nobody_reaches_it_or_its_photos() {
        String author = newShopper("违规作者");
        String reader = newShopper("热心读者");
        UUID post = as(
                author, () -> community.publish(new NewPost("骂人的帖子" + unique(), List.of(TestMerchants.png()), null)));
        String photo = queries.post(post).photoUrls().getFirst();

        assertThatThrownBy(() -> run(author, () -> moderation.report(ItemKind.POST, post, ReportReason.ABUSE, null)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.reportOwn");
        run(reader, () -> moderation.report(ItemKind.POST, post, ReportReason.ABUSE, "人身攻击"));
        assertThatThrownBy(() -> run(reader, () -> moderation.report(ItemKind.POST, post, ReportReason.OTHER, null)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.reportedAlready");
        assertThatThrownBy(() -> run(reader, () -> moderation.hide(ItemKind.POST, post, "我觉得应该隐藏")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(ADMIN, () -> moderation.reported(0, 50)))
                .anyMatch(item -> item.id().equals(post) && item.reports() == 1);

        run(ADMIN, () -> moderation.hide(ItemKind.POST, post, "含有人身攻击的内容"));

        assertThatThrownBy(() -> queries.post(post)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(reader, () -> community.reply(post, "还能评论吗")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        RestClient.create(baseUrl()).get().uri(photo).retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(
                        HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(as(author, () -> notifications.myNotices(0, 10)))
                .anyMatch(n -> n.messageKey().equals("notice.community.hidden")
                        && n.params().contains("含有人身攻击的内容"));
        assertThat(audit.historyOf("community.POST", post.toString()))
                .anyMatch(e -> e.action().equals("community.contentHidden"));
    }

    @Test
    void an_admin_dismisses_reports_on_an_answer_and_it_stays() {
        UUID product = receivedByBuyer();
        UUID question = as(newShopper("好奇宝宝"), () -> questions.ask(product, "包装结实吗？" + unique()));
        UUID answer = as(BUYER, () -> questions.answer(question, "很结实，没有压痕"));
        run(newShopper("挑剔的人"), () -> moderation.report(ItemKind.ANSWER, answer, ReportReason.FALSE_INFORMATION, null));

        run(ADMIN, () -> moderation.dismissReports(ItemKind.ANSWER, answer, "回答属于正常体验"));

        assertThat(as(ADMIN, () -> moderation.reported(0, 50)))
                .noneMatch(item -> item.id().equals(answer));
        assertThat(questions.ofProduct(product, 0, 50).stream()
                        .filter(q -> q.id().equals(question))
                        .findFirst()
                        .orElseThrow()
                        .answers())
                .hasSize(1);
        assertThatThrownBy(() -> run(ADMIN, () -> moderation.dismissReports(ItemKind.ANSWER, answer, "再驳回一次")))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.community.nothingOpen");
    }
}
