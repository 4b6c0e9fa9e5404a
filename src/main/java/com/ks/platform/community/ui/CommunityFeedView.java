package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.FeedTab;
import com.ks.platform.community.PostCard;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 社区: posts newest first, of the people one follows, or of one topic (tabs as links: a tab is an address to share),
 * the popular topics, 发帖; the list grows by 加载更多. Visitors read everything and sign in to take part.
 */
@Route(value = CommunityRoutes.FEED, layout = StorefrontLayout.class)
@AnonymousAllowed
public class CommunityFeedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 10;

    private final CommunityQueries queries;
    private final CommunityService community;
    private final CommunityModeration moderation;
    private final LinkTabs<FeedTab> tabs;
    private final Div topics = new Div();
    private final Paragraph empty = new Paragraph();
    private final Div list = new Div();
    private final Button more = new Button();
    private FeedTab tab = FeedTab.LATEST;
    private String topic;
    private int total;

    public CommunityFeedView(CommunityQueries queries, CommunityService community, CommunityModeration moderation) {
        this.queries = queries;
        this.community = community;
        this.moderation = moderation;
        addClassName("ks-community");
        Button write = new Button(getTranslation("community.write"), VaadinIcon.EDIT.create());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NewPostView.class)));
        Div heading = new Div(new H1(getTranslation("community.title")), write);
        heading.addClassName("ks-community-title");
        tabs = new LinkTabs<>(
                getTranslation("community.tabs"),
                CommunityFeedView.class,
                "tab",
                Arrays.asList(FeedTab.LATEST, FeedTab.FOLLOWING));
        tabs.setLabel(FeedTab.LATEST, getTranslation(FeedTab.LATEST.messageKey()));
        tabs.setLabel(FeedTab.FOLLOWING, getTranslation(FeedTab.FOLLOWING.messageKey()));
        topics.addClassName("ks-community-topics");
        empty.addClassName("ks-muted");
        list.addClassName("ks-community-list");
        more.setText(getTranslation("community.more"));
        more.addClickListener(click -> showMore());
        add(heading, tabs, topics, empty, list, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        tab = query.getOrDefault("tab", List.of()).stream()
                .findFirst()
                .flatMap(name -> Arrays.stream(FeedTab.values())
                        .filter(t -> t.name().equals(name))
                        .findFirst())
                .orElse(FeedTab.LATEST);
        topic = query.getOrDefault("topic", List.of()).stream().findFirst().orElse(null);
        if (tab == FeedTab.TOPIC && (topic == null || topic.isBlank())) {
            tab = FeedTab.LATEST;
        }
        tabs.select(tab);
        showTopics();
        total = queries.countFeed(tab, topic);
        empty.setText(emptyText());
        empty.setVisible(total == 0);
        list.removeAll();
        showMore();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.title") + " · Ks";
    }

    private String emptyText() {
        if (tab == FeedTab.FOLLOWING) {
            return getTranslation(Actions.shopper() ? "community.followingEmpty" : "community.followingSignIn");
        }
        return getTranslation("community.empty");
    }

    private void showTopics() {
        topics.removeAll();
        for (String popular : queries.popularTopics(12)) {
            RouterLink link = new RouterLink("#" + popular, CommunityFeedView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("tab", FeedTab.TOPIC.name(), "topic", popular)));
            link.addClassName("ks-community-topic");
            if (tab == FeedTab.TOPIC && popular.equals(topic)) {
                link.addClassName("ks-community-topic-selected");
                link.getElement().setAttribute("aria-current", "page");
            }
            topics.add(link);
        }
    }

    private void showMore() {
        List<PostCard> page = queries.feed(tab, topic, list.getComponentCount(), PAGE);
        page.forEach(post -> list.add(new PostItem(post, community, moderation)));
        more.setVisible(list.getComponentCount() < total);
    }
}
