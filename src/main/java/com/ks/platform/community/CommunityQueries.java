package com.ks.platform.community;

import com.ks.jooq.tables.records.CommunityMemberRecord;
import com.ks.jooq.tables.records.CommunityPostRecord;
import com.ks.jooq.tables.records.CommunityReplyRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community as anyone reads it, visitors included: feeds, a post with its comments, a person's page, the posts
 * about a product. Hidden content is not found. Lists are paged.
 */
@Service
@Transactional(readOnly = true)
public class CommunityQueries {

    public static final int MAX_PAGE = 50;

    private final PostRepository posts;
    private final CommunityMemberRepository memberRows;
    private final Members members;
    private final CatalogQueries catalog;

    CommunityQueries(
            PostRepository posts, CommunityMemberRepository memberRows, Members members, CatalogQueries catalog) {
        this.posts = posts;
        this.memberRows = memberRows;
        this.members = members;
        this.catalog = catalog;
    }

    /** A tab of the feed; FOLLOWING is empty for visitors and for people who follow nobody; TOPIC needs a topic. */
    @PreAuthorize("permitAll()")
    public List<PostCard> feed(FeedTab tab, String topic, int offset, int limit) {
        return which(tab, topic)
                .map(c -> cards(posts.page(c, from(offset), checked(limit))))
                .orElse(List.of());
    }

    @PreAuthorize("permitAll()")
    public int countFeed(FeedTab tab, String topic) {
        return which(tab, topic).map(posts::count).orElse(0);
    }

    private Optional<Condition> which(FeedTab tab, String topic) {
        return switch (tab) {
            case LATEST -> Optional.of(PostRepository.all());
            case FOLLOWING -> members.meIfAny().map(PostRepository::followedBy);
            case TOPIC ->
                topic == null || topic.isBlank()
                        ? Optional.empty()
                        : Optional.of(PostRepository.ofTopic(topic.strip()));
        };
    }

    @PreAuthorize("permitAll()")
    public PostCard post(UUID postId) {
        return posts.findVisible(postId)
                .map(row -> cards(List.of(row)).getFirst())
                .orElseThrow(CommunityService::postNotFound);
    }

    @PreAuthorize("permitAll()")
    public List<PostReply> replies(UUID postId, int offset, int limit) {
        posts.findVisible(postId).orElseThrow(CommunityService::postNotFound);
        List<CommunityReplyRecord> rows = posts.replies(postId, from(offset), checked(limit));
        Map<UUID, Author> authors = members.authors(
                rows.stream().map(CommunityReplyRecord::getMemberId).collect(Collectors.toSet()));
        UUID me = members.meIfAny().orElse(null);
        return rows.stream()
                .map(r -> new PostReply(
                        r.getId(),
                        authors.get(r.getMemberId()),
                        r.getBody(),
                        r.getCreatedAt(),
                        r.getMemberId().equals(me)))
                .toList();
    }

    @PreAuthorize("permitAll()")
    public MemberProfile member(UUID memberId) {
        CommunityMemberRecord row =
                memberRows.find(memberId).orElseThrow(() -> new NotFound("error.community.memberNotFound"));
        Optional<UUID> me = members.meIfAny();
        return new MemberProfile(
                row.getId(),
                row.getNickname(),
                memberRows.visiblePosts(memberId),
                memberRows.followers(memberId),
                memberRows.following(memberId),
                me.map(m -> memberRows.follows(m, memberId)).orElse(false),
                me.map(memberId::equals).orElse(false));
    }

    @PreAuthorize("permitAll()")
    public List<PostCard> postsOf(UUID memberId, int offset, int limit) {
        return cards(posts.page(PostRepository.byMember(memberId), from(offset), checked(limit)));
    }

    @PreAuthorize("permitAll()")
    public List<PostCard> aboutProduct(UUID productId, int limit) {
        return cards(posts.page(PostRepository.aboutProduct(productId), 0, checked(limit)));
    }

    @PreAuthorize("permitAll()")
    public int countAboutProduct(UUID productId) {
        return posts.count(PostRepository.aboutProduct(productId));
    }

    @PreAuthorize("permitAll()")
    public List<String> popularTopics(int limit) {
        return posts.popularTopics(checked(limit));
    }

    private List<PostCard> cards(List<CommunityPostRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(CommunityPostRecord::getId).toList();
        Map<UUID, Author> authors = members.authors(
                rows.stream().map(CommunityPostRecord::getMemberId).collect(Collectors.toSet()));
        Map<UUID, List<String>> photos = posts.photoKeys(ids);
        Map<UUID, List<String>> topics = posts.topics(ids);
        Map<UUID, ProductCard> products = catalog
                .cards(rows.stream()
                        .map(CommunityPostRecord::getProductId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ProductCard::id, Function.identity()));
        Optional<UUID> me = members.meIfAny();
        Set<UUID> liked = me.map(m -> posts.likedBy(m, ids)).orElse(Set.of());
        return rows.stream()
                .map(p -> new PostCard(
                        p.getId(),
                        authors.get(p.getMemberId()),
                        p.getBody(),
                        photos.getOrDefault(p.getId(), List.of()).stream()
                                .map(CommunityPhotoController::url)
                                .toList(),
                        Optional.ofNullable(products.get(p.getProductId()))
                                .map(c -> new PostCard.LinkedProduct(c.id(), c.title(), c.coverImage()))
                                .orElse(null),
                        topics.getOrDefault(p.getId(), List.of()),
                        p.getLikeCount(),
                        p.getReplyCount(),
                        p.getCreatedAt(),
                        p.getEditedAt(),
                        liked.contains(p.getId()),
                        me.map(p.getMemberId()::equals).orElse(false)))
                .toList();
    }

    private static int from(int offset) {
        return Math.max(0, offset);
    }

    private static int checked(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }
}
