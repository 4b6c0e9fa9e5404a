package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.MerchantProduct;
import com.ks.platform.promotion.CouponKind;
import com.ks.platform.promotion.CouponScope;
import com.ks.platform.promotion.NewCouponTemplate;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A new coupon's terms: kind and amounts (in yuan), scope, claiming dates and validity, limits. Only the fields of the
 * chosen kind and scope are shown; the service checks every rule again and names the one broken.
 */
class CouponForm extends FormLayout {

    private final TextField name = new TextField();
    private final Select<CouponKind> kind = new Select<>();
    private final BigDecimalField threshold = new BigDecimalField();
    private final BigDecimalField amountOff = new BigDecimalField();
    private final IntegerField percentOff = new IntegerField();
    private final BigDecimalField cap = new BigDecimalField();
    private final Select<CouponScope> scope = new Select<>();
    private final Select<Category> category = new Select<>();
    private final ComboBox<MerchantProduct> product = new ComboBox<>();
    private final DatePicker starts = new DatePicker();
    private final DatePicker ends = new DatePicker();
    private final IntegerField validDays = new IntegerField();
    private final IntegerField total = new IntegerField();
    private final IntegerField perPerson = new IntegerField();
    private final Checkbox gift = new Checkbox();

    /** {@code products} null: no per-product scope (platform coupons); {@code giftAllowed}: the 新人礼包 box. */
    CouponForm(List<Category> categories, List<MerchantProduct> products, boolean giftAllowed) {
        addClassName("ks-coupon-form");
        name.setLabel(getTranslation("couponForm.name"));
        name.setMaxLength(NewCouponTemplate.MAX_NAME);
        name.setRequired(true);
        name.setPlaceholder(getTranslation("couponForm.namePlaceholder"));
        kind.setLabel(getTranslation("couponForm.kind"));
        kind.setItems(CouponKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(CouponKind.AMOUNT_OFF);
        threshold.setLabel(getTranslation("couponForm.threshold"));
        threshold.setHelperText(getTranslation("couponForm.thresholdHelp"));
        threshold.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        amountOff.setLabel(getTranslation("couponForm.amountOff"));
        amountOff.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        percentOff.setLabel(getTranslation("couponForm.percentOff"));
        percentOff.setMin(1);
        percentOff.setMax(90);
        percentOff.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        cap.setLabel(getTranslation("couponForm.cap"));
        cap.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        scope.setLabel(getTranslation("couponForm.scope"));
        scope.setItems(
                products == null
                        ? EnumSet.of(CouponScope.ALL, CouponScope.CATEGORY)
                        : EnumSet.allOf(CouponScope.class));
        scope.setItemLabelGenerator(s -> getTranslation("couponForm.scope." + s.name()));
        scope.setValue(CouponScope.ALL);
        category.setLabel(getTranslation("couponForm.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        product.setLabel(getTranslation("couponForm.product"));
        if (products != null) {
            product.setItems(products);
            product.setItemLabelGenerator(MerchantProduct::title);
        }
        DatePickers.localized(starts, getLocale());
        DatePickers.localized(ends, getLocale());
        starts.setLabel(getTranslation("couponForm.starts"));
        ends.setLabel(getTranslation("couponForm.ends"));
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        starts.setValue(today);
        ends.setValue(today.plusDays(30));
        validDays.setLabel(getTranslation("couponForm.validDays"));
        validDays.setHelperText(getTranslation("couponForm.validDaysHelp"));
        total.setLabel(getTranslation("couponForm.total"));
        total.setValue(100);
        perPerson.setLabel(getTranslation("couponForm.perPerson"));
        perPerson.setValue(1);
        gift.setLabel(getTranslation("couponForm.gift"));
        gift.setVisible(giftAllowed);
        kind.addValueChangeListener(change -> showFields());
        scope.addValueChangeListener(change -> showFields());
        add(name, kind, threshold, amountOff, percentOff, cap, scope, category, product);
        add(starts, ends, validDays, total, perPerson, gift);
        showFields();
    }

    private void showFields() {
        amountOff.setVisible(kind.getValue() == CouponKind.AMOUNT_OFF);
        percentOff.setVisible(kind.getValue() == CouponKind.PERCENT_OFF);
        cap.setVisible(kind.getValue() == CouponKind.PERCENT_OFF);
        category.setVisible(scope.getValue() == CouponScope.CATEGORY);
        product.setVisible(scope.getValue() == CouponScope.PRODUCT);
    }

    /** The terms as typed; amounts that are not whole fen become -1 and are refused by the service with a message. */
    NewCouponTemplate value() {
        LocalDate from = starts.getValue();
        LocalDate until = ends.getValue();
        return new NewCouponTemplate(
                name.getValue(),
                kind.getValue(),
                threshold.getValue() == null ? 0 : Formats.fen(threshold.getValue()),
                amountOff.getValue() == null ? null : Formats.fen(amountOff.getValue()),
                percentOff.getValue(),
                cap.getValue() == null ? null : Formats.fen(cap.getValue()),
                scope.getValue(),
                category.getValue() == null ? null : category.getValue().code(),
                product.getValue() == null ? null : product.getValue().id(),
                from == null ? null : dayStart(from),
                // the end date is the last day coupons can be claimed (and, without a number of days, used)
                until == null ? null : dayStart(until.plusDays(1)),
                validDays.getValue(),
                total.getValue() == null ? 0 : total.getValue(),
                perPerson.getValue() == null ? 0 : perPerson.getValue(),
                gift.getValue());
    }

    private static Instant dayStart(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}
