package com.ks.platform.community;

import com.ks.jooq.tables.records.CommunityAnswerRecord;
import com.ks.jooq.tables.records.CommunityQuestionRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.community.CommunityRules.Text;
import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.ProductBuyers;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问大家: a shopper asks about a product; the product's recent buyers are invited through the message centre; only
 * people who received the product (verified through ordering) answer, once per question.
 */
@Service
public class ProductQuestions {

    /** How many recent buyers are invited to answer a new question. */
    public static final int INVITED = 5;

    private final QuestionRepository questions;
    private final Members members;
    private final CommunityRules rules;
    private final CatalogQueries catalog;
    private final ProductBuyers buyers;
    private final NotificationService notifications;
    private final Clock clock;

    ProductQuestions(
            QuestionRepository questions,
            Members members,
            CommunityRules rules,
            CatalogQueries catalog,
            ProductBuyers buyers,
            NotificationService notifications,
            Clock clock) {
        this.questions = questions;
        this.members = members;
        this.rules = rules;
        this.catalog = catalog;
        this.buyers = buyers;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID ask(UUID productId, String text) {
        String body = rules.checked(Text.QUESTION, "question", text);
        String title = catalog.product(productId)
                .filter(p -> catalog.merchantOf(productId).isPresent())
                .map(p -> p.title())
                .orElseThrow(() -> new NotFound("error.product.notFound"));
        CommunityQuestionRecord row = new CommunityQuestionRecord();
        row.setId(Ids.newId(clock));
        row.setProductId(productId);
        row.setMemberId(members.me());
        row.setBody(body);
        row.setAnswerCount(0);
        row.setCreatedAt(clock.instant());
        questions.insert(row);
        UUID asker = CurrentActor.requireAccountId();
        NoticeLink link = new NoticeLink(CommunityRoutes.product(productId));
        buyers.recentBuyers(productId, INVITED + 1).stream()
                .filter(buyer -> !buyer.equals(asker))
                .limit(INVITED)
                .forEach(buyer -> notifications.send(buyer, link, "notice.community.questionInvite", title, body));
        return row.getId();
    }

    /** Only a buyer who received the product answers, once; a hidden question is not found. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID answer(UUID questionId, String text) {
        CommunityQuestionRecord question = questions
                .find(questionId)
                .filter(q -> q.getHiddenAt() == null)
                .orElseThrow(() -> new NotFound("error.community.questionNotFound"));
        if (!buyers.received(CurrentActor.requireAccountId(), question.getProductId())) {
            throw new RuleViolated("error.community.answerBuyersOnly");
        }
        String body = rules.checked(Text.ANSWER, "answer", text);
        CommunityAnswerRecord row = new CommunityAnswerRecord();
        row.setId(Ids.newId(clock));
        row.setQuestionId(questionId);
        row.setMemberId(members.me());
        row.setBody(body);
        row.setCreatedAt(clock.instant());
        if (!questions.insertAnswer(row)) {
            throw new RuleViolated("error.community.answeredAlready");
        }
        UUID askerAccount = members.accountOf(question.getMemberId());
        notifications.send(
                askerAccount,
                new NoticeLink(CommunityRoutes.product(question.getProductId())),
                "notice.community.answered",
                question.getBody());
        return row.getId();
    }

    /** Whether the signed-in person may answer questions about the product (they received it); visitors may not. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean canAnswer(UUID productId) {
        return CurrentActor.hasRole(Roles.SHOPPER) && buyers.received(CurrentActor.requireAccountId(), productId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public int count(UUID productId) {
        return questions.countOfProduct(productId);
    }

    /** Visible questions with their visible answers: answered first, then the newest. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<Question> ofProduct(UUID productId, int offset, int limit) {
        List<CommunityQuestionRecord> rows =
                questions.ofProduct(productId, Math.max(0, offset), Math.clamp(limit, 1, CommunityQueries.MAX_PAGE));
        Map<UUID, List<CommunityAnswerRecord>> answers = questions.visibleAnswers(
                rows.stream().map(CommunityQuestionRecord::getId).toList());
        Set<UUID> people = Stream.concat(
                        rows.stream().map(CommunityQuestionRecord::getMemberId),
                        answers.values().stream().flatMap(List::stream).map(CommunityAnswerRecord::getMemberId))
                .collect(Collectors.toSet());
        Map<UUID, Author> authors = members.authors(people);
        Optional<UUID> me = members.meIfAny();
        return rows.stream()
                .map(q -> new Question(
                        q.getId(),
                        authors.get(q.getMemberId()),
                        q.getBody(),
                        q.getCreatedAt(),
                        answers.getOrDefault(q.getId(), List.of()).stream()
                                .map(a -> new Question.Answer(
                                        a.getId(),
                                        authors.get(a.getMemberId()),
                                        a.getBody(),
                                        a.getCreatedAt(),
                                        me.map(a.getMemberId()::equals).orElse(false)))
                                .toList(),
                        me.map(q.getMemberId()::equals).orElse(false)))
                .toList();
    }
}
