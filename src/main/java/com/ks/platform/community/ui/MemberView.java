package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.MemberProfile;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** A person's community page: nickname, posts, followers and following, 关注, and their posts newest first. */
@Route(value = CommunityRoutes.MEMBER, layout = StorefrontLayout.class)
@AnonymousAllowed
public class MemberView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 10;

    private final CommunityQueries queries;
    private final CommunityService community;
    private final CommunityModeration moderation;
    private String title = "";

    public MemberView(CommunityQueries queries, CommunityService community, CommunityModeration moderation) {
        this.queries = queries;
        this.community = community;
        this.moderation = moderation;
        addClassName("ks-community");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "memberId", RouteObjects.orEmpty(queries::member), this::show);
    }

    @Override
    public String getPageTitle() {
        return title + " · Ks";
    }

    private void show(MemberProfile member) {
        title = member.nickname();
        removeAll();
        Paragraph counts = new Paragraph(getTranslation(
                "community.memberCounts",
                Formats.number(member.posts(), getLocale()),
                Formats.number(member.followers(), getLocale()),
                Formats.number(member.following(), getLocale())));
        counts.addClassName("ks-muted");
        Div heading = new Div(new H1(member.nickname()), counts);
        heading.addClassName("ks-community-title");
        add(heading);
        if (!member.me()) {
            Button follow =
                    new Button(getTranslation(member.followedByMe() ? "community.unfollow" : "community.follow"));
            follow.addThemeVariants(member.followedByMe() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            follow.getElement().setAttribute("aria-pressed", Boolean.toString(member.followedByMe()));
            follow.addClickListener(click -> {
                if (!Actions.shopper()) {
                    Actions.signIn();
                } else if (Actions.attempt(() -> community.toggleFollow(member.id()), Map.of())) {
                    show(queries.member(member.id()));
                }
            });
            add(follow);
        }
        Div list = new Div();
        list.addClassName("ks-community-list");
        queries.postsOf(member.id(), 0, PAGE).forEach(post -> list.add(new PostItem(post, community, moderation)));
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("community.memberNoPosts"));
            none.addClassName("ks-muted");
            list.add(none);
        }
        add(list);
    }
}
