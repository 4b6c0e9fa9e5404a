package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.ProductQuestions;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ProductPagePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** Puts 问大家 and the community's posts about the product (晒到社区) below the product's details, after the reviews. */
@org.springframework.stereotype.Component
class ProductCommunityPart implements ProductPagePart {

    static final int POSTS = 3;

    private final ProductQuestions questions;
    private final CommunityQueries queries;
    private final CommunityService community;
    private final CommunityModeration moderation;

    ProductCommunityPart(
            ProductQuestions questions,
            CommunityQueries queries,
            CommunityService community,
            CommunityModeration moderation) {
        this.questions = questions;
        this.queries = queries;
        this.community = community;
        this.moderation = moderation;
    }

    @Override
    public Place place() {
        return Place.BELOW_DETAILS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(UUID productId) {
        Div part = new Div(new ProductQuestionsSection(questions, moderation, productId));
        part.addClassName("ks-product-community");
        Div posts = new Div();
        posts.addClassNames("ks-card", "ks-product-community-posts");
        int count = queries.countAboutProduct(productId);
        posts.add(new H2(part.getTranslation(
                "community.productPosts", Formats.number(count, UI.getCurrent().getLocale()))));
        queries.aboutProduct(productId, POSTS).forEach(post -> posts.add(new PostItem(post, community, moderation)));
        RouterLink share = new RouterLink(part.getTranslation("community.shareProduct"), NewPostView.class);
        share.setQueryParameters(NewPostView.about(productId));
        share.addClassName("ks-community-share");
        posts.add(share);
        part.add(posts);
        return part;
    }
}
