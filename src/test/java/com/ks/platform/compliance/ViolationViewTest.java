package com.ks.platform.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.catalog.ProductSanctions.SanctionableProduct;
import com.ks.platform.catalog.ui.ShopView;
import com.ks.platform.compliance.ui.MerchantViolationView;
import com.ks.platform.compliance.ui.MerchantViolationsView;
import com.ks.platform.compliance.ui.ViolationView;
import com.ks.platform.merchant.MerchantStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The loop an officer and a merchant walk: record → penalty applies → the merchant appeals → a second officer decides. */
class ViolationViewTest extends ViolationTestSupport {

    @Test
    void an_officer_delists_a_product_from_the_form_opened_on_a_merchant_and_lands_on_the_violation() {
        var shop = shopWithAProduct();
        signInAs(OFFICER);
        navigate("compliance/violations/new?merchant=" + shop.merchant().id());

        @SuppressWarnings("unchecked")
        ComboBox<?> merchant = _get(ComboBox.class, spec -> spec.withLabel("店铺"));
        assertThat(merchant.getValue()).as("pre-selected from the link").isNotNull();
        @SuppressWarnings("unchecked")
        Select<ViolationType> type = _get(Select.class, spec -> spec.withLabel("违规类型"));
        _setValue(
                type,
                type.getListDataView()
                        .getItems()
                        .filter(t -> t.code().equals("PROHIBITED_GOODS"))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Penalty> penalty = _get(Select.class, spec -> spec.withLabel("处罚"));
        assertThat(penalty.getValue()).as("the kind proposes its penalty").isEqualTo(Penalty.DELISTING);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("期限（天）")).getValue())
                .isEqualTo(90);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SanctionableProduct> products =
                _get(MultiSelectComboBox.class, spec -> spec.withLabel("涉及商品"));
        _setValue(
                products,
                Set.of(products.getListDataView().getItems().findFirst().orElseThrow()));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("违规情况")), "销售管制刀具");
        _click(_get(Button.class, spec -> spec.withText("记录并执行处罚")));

        _assertOne(ViolationView.class);
        _assertOne(Paragraph.class, spec -> spec.withText("销售管制刀具"));
        assertThat(catalog.product(shop.product().id())).as("delisted at once").isEmpty();
    }

    @Test
    void saving_without_a_kind_or_description_marks_the_fields_and_applies_nothing() {
        var shop = shopWithAProduct();
        signInAs(OFFICER);
        navigate("compliance/violations/new?merchant=" + shop.merchant().id());

        _click(_get(Button.class, spec -> spec.withText("记录并执行处罚")));

        assertThat(_get(TextArea.class, spec -> spec.withLabel("违规情况")).isInvalid())
                .isTrue();
        assertThat(_get(Select.class, spec -> spec.withLabel("违规类型")).isInvalid())
                .isTrue();
        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
    }

    @Test
    void the_merchant_appeals_in_the_portal_and_only_the_second_officer_may_grant_it() throws Exception {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());

        signInAs(shop.merchant().email());
        navigate("merchant/violations");
        _assertOne(MerchantViolationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Violation> list = _get(Grid.class);
        assertThat(GridKt._fetch(list, 0, 10)).extracting(Violation::id).containsExactly(id);
        GridKt._clickItem(list, 0);
        _assertOne(MerchantViolationView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("申诉理由")), "已下架问题商品并完成整改");
        _click(_get(Button.class, spec -> spec.withText("提交申诉")));
        assertThat(_find(Button.class, spec -> spec.withText("提交申诉")))
                .as("one appeal only")
                .isEmpty();

        signInAs(OFFICER);
        navigate("compliance/violations/" + id);
        _assertOne(Paragraph.class, spec -> spec.withText("您是该违规的处理人，申诉须由另一位合规专员裁决（双人复核）。"));
        assertThat(_find(Button.class, spec -> spec.withText("采纳申诉并撤销处罚"))).isEmpty();

        signInAs(SECOND_OFFICER);
        navigate("compliance/violations/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("裁决理由")), "整改到位");
        _click(_get(Button.class, spec -> spec.withText("采纳申诉并撤销处罚")));
        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);

        signInAs(shop.merchant().email());
        navigate("merchant/violations/" + id);
        _assertOne(Paragraph.class, spec -> spec.withText("整改到位"));
    }

    @Test
    void a_suspended_shop_page_says_so_and_offers_nothing_to_buy() {
        var shop = shopWithAProduct();
        record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());
        signInAs("shopper@ks.demo");

        navigate("shop/" + shop.merchant().id());

        _assertOne(ShopView.class);
        _assertOne(Paragraph.class, spec -> spec.withText("该店铺因违规被暂停营业，暂时无法购买其商品。"));
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class)).isEmpty();
    }

    @Test
    void officers_see_pending_appeals_in_the_list() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        actAs(shop.merchant().email());
        merchantViolations.appeal(id, "请复核", List.of());
        signInAs(SECOND_OFFICER);
        navigate("compliance/violations");
        @SuppressWarnings("unchecked")
        Select<ViolationFilter> filter = _get(Select.class, spec -> spec.withLabel("筛选"));
        _setValue(filter, ViolationFilter.APPEALS_PENDING);
        @SuppressWarnings("unchecked")
        Grid<Violation> grid = _get(Grid.class);
        List<Violation> rows = GridKt._fetch(grid, 0, 200);
        assertThat(rows).allMatch(v -> v.appealState() == AppealState.PENDING);
        assertThat(rows).extracting(Violation::id).contains(id);
    }
}
