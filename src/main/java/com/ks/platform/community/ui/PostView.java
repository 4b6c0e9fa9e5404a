package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.CommunityQueries;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.CommunityRules;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.PostCard;
import com.ks.platform.community.PostReply;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.UUID;

/** A post with its comments (oldest first) and, for shoppers, a comment box; its author may edit the text. */
@Route(value = CommunityRoutes.POST, layout = StorefrontLayout.class)
@AnonymousAllowed
public class PostView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int REPLIES = 50;

    private final CommunityQueries queries;
    private final CommunityService community;
    private final CommunityModeration moderation;
    private UUID postId;

    public PostView(CommunityQueries queries, CommunityService community, CommunityModeration moderation) {
        this.queries = queries;
        this.community = community;
        this.moderation = moderation;
        addClassName("ks-community");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "postId", RouteObjects.orEmpty(queries::post), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.postTitle") + " · Ks";
    }

    private void show(PostCard post) {
        postId = post.id();
        removeAll();
        add(new RouterLink(getTranslation("community.back"), CommunityFeedView.class));
        add(new PostItem(post, community, moderation));
        if (post.mine()) {
            Button edit = new Button(
                    getTranslation("community.edit"), click -> editDialog(post).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(edit);
        }
        add(new H2(getTranslation("community.repliesHeading", post.replies())));
        Div replies = new Div();
        replies.addClassName("ks-community-reply-list");
        for (PostReply reply : queries.replies(post.id(), 0, REPLIES)) {
            replies.add(replyItem(reply));
        }
        if (replies.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("community.noReplies"));
            none.addClassName("ks-muted");
            replies.add(none);
        }
        add(replies);
        if (Actions.shopper()) {
            add(replyForm());
        } else {
            Button signIn = new Button(getTranslation("community.signInToReply"), click -> Actions.signIn());
            add(signIn);
        }
    }

    private Div replyItem(PostReply reply) {
        RouterLink author = new RouterLink(
                reply.author().nickname(),
                MemberView.class,
                new RouteParameters("memberId", reply.author().memberId().toString()));
        Span date = new Span(Formats.dateTime(reply.createdAt(), getLocale()));
        date.addClassName("ks-muted");
        Div item = new Div(author, date, new Paragraph(reply.body()));
        item.addClassName("ks-community-reply");
        if (Actions.shopper() && !reply.mine()) {
            item.add(ReportDialog.button(moderation, ItemKind.REPLY, reply.id()));
        }
        return item;
    }

    private Div replyForm() {
        TextArea body = new TextArea(getTranslation("community.replyLabel"));
        body.setMaxLength(CommunityRules.Text.REPLY.max);
        body.setWidthFull();
        Button send = new Button(getTranslation("community.replySend"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            if (Actions.attempt(() -> community.reply(postId, body.getValue()), Map.of("body", body))) {
                Notices.success("community.replied");
                show(queries.post(postId));
            }
            send.setEnabled(true);
        });
        Div form = new Div(body, send);
        form.addClassName("ks-community-reply-form");
        return form;
    }

    private Dialog editDialog(PostCard post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("community.edit"));
        TextArea body = new TextArea(getTranslation("community.body"));
        body.setMaxLength(CommunityRules.Text.POST.max);
        body.setValue(post.body());
        body.setWidth("min(36rem, 80vw)");
        dialog.add(body);
        Button save = new Button(getTranslation("community.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (Actions.attempt(() -> community.edit(post.id(), body.getValue()), Map.of("body", body))) {
                Notices.success("community.saved");
                dialog.close();
                show(queries.post(post.id()));
            }
        });
        dialog.getFooter().add(new Button(getTranslation("community.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
