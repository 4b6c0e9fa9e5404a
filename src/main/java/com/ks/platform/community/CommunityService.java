package com.ks.platform.community;

import com.ks.jooq.tables.records.CommunityPostRecord;
import com.ks.jooq.tables.records.CommunityReplyRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.community.CommunityRules.Text;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What shoppers do in the community: publish and edit their own posts, comment, like, follow. Everything is checked
 * here (also what the forms checked) and written in one transaction: a refused post leaves no row and no file.
 */
@Service
public class CommunityService {

    private final PostRepository posts;
    private final CommunityMemberRepository memberRows;
    private final Members members;
    private final CommunityRules rules;
    private final CatalogQueries catalog;
    private final FileStorage storage;
    private final Clock clock;

    CommunityService(
            PostRepository posts,
            CommunityMemberRepository memberRows,
            Members members,
            CommunityRules rules,
            CatalogQueries catalog,
            FileStorage storage,
            Clock clock) {
        this.posts = posts;
        this.memberRows = memberRows;
        this.members = members;
        this.rules = rules;
        this.catalog = catalog;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID publish(NewPost post) {
        String body = rules.checked(Text.POST, "body", post.body());
        rules.checkPhotos(post.photos());
        if (post.productId() != null && catalog.merchantOf(post.productId()).isEmpty()) {
            throw new RuleViolated(Map.of("product", "error.community.productUnavailable"));
        }
        UUID me = members.me();
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>();
        for (byte[] photo : post.photos()) {
            String key = Ids.newId(clock).toString();
            storage.putInTransaction(storageKey(key), photo);
            keys.add(key);
        }
        CommunityPostRecord row = new CommunityPostRecord();
        row.setId(Ids.newId(clock));
        row.setMemberId(me);
        row.setBody(body);
        row.setProductId(post.productId());
        row.setPhotoCount(keys.size());
        row.setLikeCount(0);
        row.setReplyCount(0);
        row.setCreatedAt(now);
        posts.insert(row, keys, CommunityRules.topics(body));
        return row.getId();
    }

    /** The author changes the text (topics follow it); anyone else is refused, a hidden post is not found. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void edit(UUID postId, String text) {
        CommunityPostRecord post = posts.findVisible(postId).orElseThrow(CommunityService::postNotFound);
        UUID me = members.me();
        if (!post.getMemberId().equals(me)) {
            throw new NotAllowed("error.community.notYourPost");
        }
        String body = rules.checked(Text.POST, "body", text);
        if (!posts.edit(postId, me, body, CommunityRules.topics(body), clock.instant())) {
            throw postNotFound();
        }
    }

    /** Likes the post or takes the like back; answers whether it is liked now. Liking twice at once likes once. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public boolean toggleLike(UUID postId) {
        posts.findVisible(postId).orElseThrow(CommunityService::postNotFound);
        UUID me = members.me();
        if (posts.like(postId, me, clock.instant())) {
            return true;
        }
        posts.unlike(postId, me);
        return false;
    }

    /** Likes the post; a second like by the same person is refused (the button offers 取消点赞 instead). */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void like(UUID postId) {
        posts.findVisible(postId).orElseThrow(CommunityService::postNotFound);
        if (!posts.like(postId, members.me(), clock.instant())) {
            throw new RuleViolated("error.community.likedAlready");
        }
    }

    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public UUID reply(UUID postId, String text) {
        posts.findVisible(postId).orElseThrow(CommunityService::postNotFound);
        String body = rules.checked(Text.REPLY, "body", text);
        CommunityReplyRecord row = new CommunityReplyRecord();
        row.setId(Ids.newId(clock));
        row.setPostId(postId);
        row.setMemberId(members.me());
        row.setBody(body);
        row.setCreatedAt(clock.instant());
        posts.insertReply(row);
        return row.getId();
    }

    /** Follows the person or stops following; answers whether followed now. Nobody follows themselves. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public boolean toggleFollow(UUID memberId) {
        memberRows.find(memberId).orElseThrow(() -> new NotFound("error.community.memberNotFound"));
        UUID me = members.me();
        if (me.equals(memberId)) {
            throw new RuleViolated("error.community.followSelf");
        }
        if (memberRows.follow(me, memberId, clock.instant())) {
            return true;
        }
        memberRows.unfollow(me, memberId);
        return false;
    }

    static String storageKey(String key) {
        return "community/" + key;
    }

    static NotFound postNotFound() {
        return new NotFound("error.community.postNotFound");
    }
}
