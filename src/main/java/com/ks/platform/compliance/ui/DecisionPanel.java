package com.ks.platform.compliance.ui;

import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.merchant.ReviewClaim;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claim, then decide. The officer's decision names the document versions on this page; if the merchant filed a new
 * version meanwhile, the service refuses and the page is reloaded.
 */
class DecisionPanel extends Div {

    private final MerchantReviewService review;
    private final MerchantSummary merchant;
    private final List<UUID> seen;
    private final Runnable reload;

    DecisionPanel(
            MerchantReviewService review, MerchantSummary merchant, List<MerchantDocument> shown, Runnable reload) {
        this.review = review;
        this.merchant = merchant;
        this.seen = shown.stream().map(MerchantDocument::id).toList();
        this.reload = reload;
        addClassName("ks-card");
        add(new H3(getTranslation("decision.title")));
        if (!merchant.status().awaitsReview()) {
            add(new Paragraph(getTranslation("decision.notWaiting")));
            return;
        }
        ReviewClaim claim = review.currentClaim(merchant.id()).orElse(null);
        UUID me = CurrentActor.requireAccountId();
        if (claim == null) {
            add(new Paragraph(getTranslation("decision.unclaimed")));
            add(button("decision.claim", ButtonVariant.LUMO_PRIMARY, () -> review.claim(merchant.id()), null));
        } else if (!claim.heldBy(me, Instant.now())) {
            Paragraph held = new Paragraph(getTranslation(
                    "decision.heldBy", claim.officerLabel(), Formats.dateTime(claim.claimedAt(), getLocale())));
            held.addClassName("ks-warning");
            add(held);
        } else {
            Paragraph mine =
                    new Paragraph(getTranslation("decision.mine", Formats.dateTime(claim.expiresAt(), getLocale())));
            mine.addClassName("ks-muted");
            Div actions = new Div(
                    button(
                            "decision.approve",
                            ButtonVariant.LUMO_PRIMARY,
                            () -> review.approve(merchant.id(), null, seen),
                            "decision.approved"),
                    new Button(
                            getTranslation("decision.reject"),
                            click -> DecisionDialog.reject(review, merchant.id(), seen, reload)
                                    .open()),
                    new Button(
                            getTranslation("decision.askInfo"),
                            click -> DecisionDialog.askForInformation(review, merchant.id(), seen, reload)
                                    .open()),
                    button("decision.release", ButtonVariant.LUMO_TERTIARY, () -> review.release(merchant.id()), null));
            actions.addClassName("ks-actions");
            add(mine, actions);
        }
    }

    private Button button(String key, ButtonVariant variant, Runnable action, String successKey) {
        Button button = Buttons.submitting(new Button(getTranslation(key)), () -> {
            try {
                action.run();
                if (successKey != null) {
                    Notices.success(successKey);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
            reload.run();
        });
        button.addThemeVariants(variant);
        return button;
    }
}
