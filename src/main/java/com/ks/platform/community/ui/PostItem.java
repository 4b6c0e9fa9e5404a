package com.ks.platform.community.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.FeedTab;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.PostCard;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * One post: who and when, the text, photos, topics, the product it is about, then 点赞 (toggles), 评论 (opens the post)
 * and 举报 (for others' posts). Visitors' 点赞 leads to sign-in.
 */
class PostItem extends Div {

    private final CommunityService community;
    private final Button like = new Button();
    private int likes;
    private boolean liked;

    PostItem(PostCard post, CommunityService community, CommunityModeration moderation) {
        this.community = community;
        this.likes = post.likes();
        this.liked = post.likedByMe();
        addClassNames("ks-card", "ks-community-post");
        RouterLink author = new RouterLink(
                post.author().nickname(),
                MemberView.class,
                new RouteParameters("memberId", post.author().memberId().toString()));
        author.addClassName("ks-community-author");
        String when = Formats.dateTime(post.createdAt(), getLocale())
                + (post.editedAt() == null ? "" : " · " + getTranslation("community.edited"));
        Span date = new Span(when);
        date.addClassName("ks-muted");
        Div heading = new Div(author, date);
        heading.addClassName("ks-community-heading");
        Paragraph body = new Paragraph(post.body());
        body.addClassName("ks-community-body");
        add(heading, body);
        if (!post.photoUrls().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("ks-review-photos");
            int i = 1;
            for (String url : post.photoUrls()) {
                Anchor open = new Anchor(
                        url,
                        new Image(
                                url,
                                getTranslation(
                                        "community.photoOf", post.author().nickname(), i++)));
                open.setTarget(AnchorTarget.BLANK);
                photos.add(open);
            }
            add(photos);
        }
        if (!post.topics().isEmpty()) {
            Div topics = new Div();
            topics.addClassName("ks-community-topics");
            for (String topic : post.topics()) {
                RouterLink link = new RouterLink("#" + topic, CommunityFeedView.class);
                link.setQueryParameters(QueryParameters.simple(Map.of("tab", FeedTab.TOPIC.name(), "topic", topic)));
                link.addClassName("ks-community-topic");
                topics.add(link);
            }
            add(topics);
        }
        if (post.product() != null) {
            RouterLink product = new RouterLink(
                    "",
                    ProductView.class,
                    new RouteParameters("productId", post.product().id().toString()));
            product.add(
                    new Image(
                            ProductArt.url(
                                    post.product().image(), post.product().title()),
                            ""),
                    new Span(post.product().title()));
            product.addClassName("ks-community-product");
            add(product);
        }
        Div actions = new Div();
        actions.addClassName("ks-actions");
        like.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        like.setIcon(VaadinIcon.THUMBS_UP_O.create());
        like.addClickListener(click -> toggle(post));
        showLikes();
        RouterLink replies = new RouterLink(
                getTranslation("community.replies", post.replies()),
                PostView.class,
                new RouteParameters("postId", post.id().toString()));
        replies.addClassName("ks-community-replies-link");
        actions.add(like, replies);
        if (Actions.shopper() && !post.mine()) {
            actions.add(ReportDialog.button(moderation, ItemKind.POST, post.id()));
        }
        add(actions);
    }

    private void toggle(PostCard post) {
        if (!Actions.shopper()) {
            Actions.signIn();
            return;
        }
        Actions.attempt(
                () -> {
                    liked = community.toggleLike(post.id());
                    likes += liked ? 1 : -1;
                    showLikes();
                },
                Map.of());
    }

    private void showLikes() {
        like.setText(getTranslation(liked ? "community.liked" : "community.like", likes));
        like.getElement().setAttribute("aria-pressed", Boolean.toString(liked));
    }
}
