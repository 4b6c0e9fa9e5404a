package com.ks.platform.ordering.ui;

import com.ks.platform.cart.CartQueries;
import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.Regions;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.CheckoutQuotes;
import com.ks.platform.ordering.CheckoutRefused;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 确认订单, on one page: the default address already filled in, the items per shop with a remark, delivery, payment
 * method, coupons (the best combination suggested, changeable), and a sticky bar with every cost — the discount included —
 * and 提交订单. A returning shopper with a default address types nothing.
 * Opened from the cart (its selected lines) or from "buy now" ({@code ?sku=…&qty=…}, the cart untouched).
 */
@Route(value = "checkout", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class CheckoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckoutQuotes quotes;
    private final OrderingService ordering;
    private final CartQueries cart;
    private final AddressQueries addressQueries;
    private final AddressService addressService;
    private final Regions regions;
    private final Div body = new Div();
    private final Map<UUID, String> remarks = new HashMap<>();
    private final Map<UUID, CheckoutShopSection> shopSections = new HashMap<>();
    private final RadioButtonGroup<DeliveryOption> delivery = new RadioButtonGroup<>();
    private CheckoutDraft draft;
    private CheckoutAddressCard address;
    private PaymentMethodPicker payment;
    private CheckoutBar bar;
    private BenefitChoice couponChoice = BenefitChoice.suggested();
    private boolean usePoints;
    private Set<UUID> couponsShown = Set.of();

    public CheckoutView(
            CheckoutQuotes quotes,
            OrderingService ordering,
            CartQueries cart,
            AddressQueries addressQueries,
            AddressService addressService,
            Regions regions) {
        this.quotes = quotes;
        this.ordering = ordering;
        this.cart = cart;
        this.addressQueries = addressQueries;
        this.addressService = addressService;
        this.regions = regions;
        addClassName("ks-checkout");
        delivery.setLabel(getTranslation("checkout.delivery"));
        delivery.setItems(DeliveryOption.values());
        delivery.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        delivery.setValue(DeliveryOption.STANDARD);
        delivery.addValueChangeListener(change -> render());
        body.addClassName("ks-checkout-body");
        add(new H1(getTranslation("checkout.title")), body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkout.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        draft = CheckoutDraft.buyNow(query.getSingleParameter("sku"), query.getSingleParameter("qty"))
                .orElseGet(() -> CheckoutDraft.fromCart(CurrentActor.requireAccountId(), cart.myCart()));
        address = new CheckoutAddressCard(addressQueries, addressService, regions, chosen -> refreshBar());
        payment = new PaymentMethodPicker();
        bar = new CheckoutBar(this::submit);
        render();
    }

    private void render() {
        remember();
        body.removeAll();
        shopSections.clear();
        if (draft.items().isEmpty()) {
            body.add(new CheckoutEmptyState());
            return;
        }
        CheckoutQuote quote;
        try {
            quote = quoteWithCoupons();
        } catch (DomainException refused) {
            Notices.error(refused);
            body.add(new CheckoutEmptyState());
            return;
        }
        body.add(address);
        CheckoutNotes.of(draft, quote, getLocale()).ifPresent(body::add);
        // from now on the shopper has seen these prices: a later change is reported before anything is placed
        draft = draft.withShownPrices(quote);
        for (CheckoutQuote.ShopQuote shop : quote.shops()) {
            CheckoutShopSection section = new CheckoutShopSection(shop, remarks.get(shop.merchantId()));
            shopSections.put(shop.merchantId(), section);
            body.add(section);
        }
        // the discount the shopper sees is the one submitted: the coupons of this very quote
        couponsShown = quote.benefits().applied().stream()
                .map(BenefitPlan.Applied::benefitId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        CheckoutCoupons coupons = new CheckoutCoupons(quote, chosen -> {
            couponChoice = BenefitChoice.exactly(chosen);
            render();
        });
        if (coupons.hasChoices()) {
            body.add(coupons);
        }
        CheckoutPoints.of(quote, use -> {
                    usePoints = use;
                    render();
                })
                .ifPresent(body::add);
        Div choices = new Div(delivery, payment);
        choices.addClassNames("ks-card", "ks-checkout-choices");
        body.add(choices, bar);
        bar.show(quote);
        refreshBar();
    }

    /** The chosen coupons; one that no longer applies (used elsewhere, expired) is named and the best ones suggested. */
    private CheckoutQuote quoteWithCoupons() {
        CheckoutQuote quote;
        try {
            quote = quotes.quote(draft.items(), delivery.getValue(), couponChoice);
        } catch (DomainException refused) {
            if (couponChoice.suggest()) {
                throw refused;
            }
            Notices.error(refused);
            couponChoice = BenefitChoice.suggested();
            quote = quotes.quote(draft.items(), delivery.getValue(), couponChoice);
        }
        return usePoints ? withPoints(quote) : quote;
    }

    /** The most points the rules allow on top of the chosen coupons, priced again so the total shown includes them. */
    private CheckoutQuote withPoints(CheckoutQuote quote) {
        var offer = quote.benefits().options().stream()
                .filter(o -> o.kind() == BenefitPlan.Kind.POINTS)
                .findFirst();
        if (offer.isEmpty()) {
            usePoints = false;
            return quote;
        }
        Set<UUID> chosen = new java.util.HashSet<>(couponChoice.chosen());
        chosen.add(offer.get().benefitId());
        try {
            return quotes.quote(draft.items(), delivery.getValue(), new BenefitChoice(couponChoice.suggest(), chosen));
        } catch (DomainException refused) {
            Notices.error(refused);
            usePoints = false;
            return quote;
        }
    }

    private void refreshBar() {
        if (bar != null && address != null) {
            bar.setAddressMissing(address.chosen().isEmpty());
        }
    }

    private void remember() {
        shopSections.forEach((merchantId, section) -> remarks.put(merchantId, section.remark()));
    }

    private void submit() {
        remember();
        AddressDetails chosen = address.chosen().orElse(null);
        if (chosen == null) {
            Notices.error("checkout.noAddress");
            bar.ready();
            return;
        }
        if (payment.chosen().isEmpty()) {
            bar.ready();
            return;
        }
        PlaceOrder command = new PlaceOrder(
                draft.checkoutId(),
                draft.origin(),
                draft.items(),
                chosen.id(),
                delivery.getValue(),
                payment.getValue(),
                Map.copyOf(remarks),
                couponsShown);
        try {
            PlacedCheckout placed = ordering.place(command);
            getUI().ifPresent(ui -> ui.navigate("pay/" + placed.checkoutId()));
        } catch (CheckoutRefused refused) {
            // prices or stock moved since the page was drawn: show the new truth before anything is placed
            Notices.error(refused);
            render();
        } catch (DomainException refused) {
            Notices.error(refused);
            if (refused.messageKey().startsWith("error.points.")) {
                // the points went (a parallel checkout spent them): show what can be spent now before anything is
                // placed
                render();
                return;
            }
            if (refused.messageKey().startsWith("error.coupon.")) {
                // the coupon went (another checkout used it): show the price without it before anything is placed
                couponChoice = BenefitChoice.suggested();
                render();
                return;
            }
            bar.ready();
        }
    }
}
