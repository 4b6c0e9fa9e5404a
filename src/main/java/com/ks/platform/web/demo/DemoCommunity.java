package com.ks.platform.web.demo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.NewPost;
import com.ks.platform.community.ProductQuestions;
import com.ks.platform.community.ReportReason;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A lively community on first start, through the services: posts by the three demo shoppers (with photos made from
 * the demo shop's products, which two of them bought in {@link DemoReviews}), topics, comments, likes and follows;
 * 问大家 questions answered by those buyers, one waiting for answers; one reported comment for the admins' queue.
 * Runs after the reviews, whose deliveries make the answerers verified buyers.
 */
@Component
class DemoCommunity {

    private static final Color[] COLOURS = {new Color(0x0e7490), new Color(0xb45309), new Color(0x4d7c0f)};

    private final AccountQueries accounts;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final CommunityService community;
    private final CommunityQueries communityQueries;
    private final ProductQuestions questions;
    private final CommunityModeration moderation;

    DemoCommunity(
            AccountQueries accounts,
            ProductService products,
            CatalogQueries catalog,
            CommunityService community,
            CommunityQueries communityQueries,
            ProductQuestions questions,
            CommunityModeration moderation) {
        this.accounts = accounts;
        this.products = products;
        this.catalog = catalog;
        this.community = community;
        this.communityQueries = communityQueries;
        this.questions = questions;
        this.moderation = moderation;
    }

    void load(String merchantEmail) {
        UUID merchant = accounts.findByEmail(merchantEmail).orElseThrow();
        List<ProductDetails> bought = DemoOrders.stockedProducts(products, catalog, merchant, merchantEmail, 3);
        if (bought.size() < 3) {
            return;
        }
        List<UUID> posts = new ArrayList<>();
        posts.add(as(
                "zhaolei@ks.demo",
                () -> community.publish(new NewPost(
                        "用了一周来交作业 #好物推荐# 手感扎实，性价比很高，办公室同事都问链接。",
                        photos(bought.get(0), 1),
                        bought.get(0).id()))));
        posts.add(as(
                "shopper@ks.demo",
                () -> community.publish(new NewPost("周末整理了一下书桌，终于清爽了 #桌面改造# 大家还有什么收纳好物推荐吗？", List.of(), null))));
        posts.add(as(
                "wangfang@ks.demo",
                () -> community.publish(new NewPost(
                        "#开箱# 包装很用心，第二天就到了。颜色比图片稍深一点，实物更耐看。#好物推荐#",
                        photos(bought.get(1), 3),
                        bought.get(1).id()))));
        posts.add(as(
                "wangfang@ks.demo",
                () -> community.publish(new NewPost(
                        "回购第二次了 #开箱# 品质稳定，客服回复也及时，推荐给需要的朋友。",
                        photos(bought.get(2), 2),
                        bought.get(2).id()))));
        as("wangfang@ks.demo", () -> {
            community.reply(posts.get(1), "推荐桌下挂篮，线材全藏起来了！");
            community.toggleLike(posts.get(0));
            community.toggleLike(posts.get(1));
            return null;
        });
        UUID offTopic = as("zhaolei@ks.demo", () -> {
            community.reply(posts.get(2), "看起来不错，这个颜色我也想入。");
            community.toggleLike(posts.get(2));
            community.toggleLike(posts.get(3));
            return community.reply(posts.get(3), "周末有人一起去爬山吗？");
        });
        as("shopper@ks.demo", () -> {
            community.reply(posts.get(2), "请问是哪个颜色？想买同款。");
            community.toggleLike(posts.get(0));
            community.toggleLike(posts.get(2));
            community.toggleLike(posts.get(3));
            // 李明 follows both buyers, so the 关注 tab has posts
            community.toggleFollow(authorOf(posts.get(2)));
            community.toggleFollow(authorOf(posts.get(0)));
            moderation.report(ItemKind.REPLY, offTopic, ReportReason.IRRELEVANT, "和帖子内容无关");
            return null;
        });
        askAndAnswer(bought);
    }

    private void askAndAnswer(List<ProductDetails> bought) {
        UUID battery = as("shopper@ks.demo", () -> questions.ask(bought.get(0).id(), "续航怎么样？一天一充够用吗？"));
        UUID colour = as("shopper@ks.demo", () -> questions.ask(bought.get(1).id(), "实物颜色和图片差别大吗？"));
        as("shopper@ks.demo", () -> questions.ask(bought.get(2).id(), "适合送长辈吗？操作复杂不复杂？"));
        as("wangfang@ks.demo", () -> {
            questions.answer(battery, "正常用一天没问题，晚上充一次就好。");
            questions.answer(colour, "比图片稍深一点，但是更耐看。");
            return null;
        });
        as("zhaolei@ks.demo", () -> questions.answer(battery, "重度使用大概一天半，够用。"));
    }

    private UUID authorOf(UUID postId) {
        return communityQueries.post(postId).author().memberId();
    }

    private static List<byte[]> photos(ProductDetails product, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> DemoReviews.photo(product.title(), COLOURS[i % COLOURS.length]))
                .toList();
    }

    private <T> T as(String email, Supplier<T> work) {
        UUID account = accounts.findByEmail(email).orElseThrow();
        return DemoDataSeeder.runAs(account, "demo community", Set.of(Role.SHOPPER), work);
    }
}
