package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._blur;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.AddressBookView;
import com.ks.platform.identity.ui.AddressDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a shopper sees and does on 收货地址, and the address dialog checkout reuses. */
class AddressBookViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    AddressQueries queries;

    @Autowired
    Regions regions;

    @Test
    void a_shopper_adds_addresses_through_the_dialog_changes_the_default_and_deletes_one() {
        signInAs(shopper());
        UI.getCurrent().navigate(AddressBookView.class);
        assertThat(pageText()).contains("收货地址", "还没有收货地址");

        _click(_get(Button.class, spec -> spec.withText("新增收货地址")));
        fill("张三", "138 0013 8000", "浙江省", "杭州市", "西湖区", "文三路 90 号东部软件园");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _assertNone(AddressDialog.class);
        assertThat(pageText()).contains("张三", "13800138000", "默认", "浙江省 杭州市 西湖区 文三路 90 号东部软件园");

        _click(_get(Button.class, spec -> spec.withText("新增收货地址")));
        fill("李四", "13912345678", "北京市", "市辖区", "东城区", "东长安街 1 号");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(queries.myDefault().orElseThrow().recipient()).isEqualTo("张三");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "设为默认：李四 的地址")));
        assertThat(queries.myDefault().orElseThrow().recipient()).isEqualTo("李四");
        assertThat(pageText()).containsSubsequence("李四", "默认", "北京市 东城区 东长安街 1 号", "张三");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "删除 张三 的地址")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(pageText()).contains("李四").doesNotContain("张三", "西湖区");
        assertThat(queries.mine()).extracting(AddressDetails::recipient).containsExactly("李四");
    }

    @Test
    void a_bad_mobile_is_explained_next_to_the_field_and_nothing_is_saved() {
        signInAs(shopper());
        UI.getCurrent().navigate(AddressBookView.class);
        _click(_get(Button.class, spec -> spec.withText("新增收货地址")));
        fill("张三", "12345", "浙江省", "杭州市", "西湖区", "文三路 90 号");

        TextField mobile = _get(TextField.class, spec -> spec.withLabel("手机号码"));
        _blur(mobile);
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).isEqualTo("请填写正确的 11 位手机号码，如 138 0013 8000");

        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(_get(AddressDialog.class).isOpened()).isTrue();
        assertThat(mobile.getValue()).isEqualTo("12345");
        assertThat(queries.mine()).isEmpty();
    }

    @Test
    void the_field_error_follows_the_shoppers_language() {
        signInAs(shopper());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AddressBookView.class);
        _click(_get(Button.class, spec -> spec.withText("Add address")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mobile number")), "99");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextField mobile = _get(TextField.class, spec -> spec.withLabel("Mobile number"));
        assertThat(mobile.getErrorMessage())
                .isEqualTo("Please enter a valid 11-digit mainland mobile number, e.g. 138 0013 8000");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Province")).getErrorMessage())
                .isEqualTo("Please choose the province, city and district in turn");
    }

    @Test
    void the_dialog_edits_an_address_and_hands_the_result_to_its_caller() {
        String shopper = shopper();
        actAs(shopper);
        AddressDetails home =
                addresses.add(new AddressForm("王五", "15012345678", "440000", "441900", "441900", "松山湖大道 8 号", false));
        signInAs(shopper);
        AtomicReference<AddressDetails> handed = new AtomicReference<>();

        new AddressDialog(addresses, regions, home, handed::set).open();
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("区县")).getValue())
                .isEqualTo(regions.find("441900").orElseThrow());
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("设为默认地址")).isEnabled())
                .isFalse();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("详细地址")), "松山湖大道 9 号");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(handed.get().oneLine()).isEqualTo("广东省 东莞市 松山湖大道 9 号");
        assertThat(handed.get().isDefault()).isTrue();
        assertThat(queries.mine(home.id()).detail()).isEqualTo("松山湖大道 9 号");
    }

    @Test
    void the_address_fields_are_marked_required_and_a_missing_recipient_is_reported_on_that_field_only() {
        signInAs(shopper());
        UI.getCurrent().navigate(AddressBookView.class);
        _click(_get(Button.class, spec -> spec.withText("新增收货地址")));
        fill("", "13912345678", "浙江省", "杭州市", "西湖区", "文三路 90 号东部软件园");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        TextField recipient = _get(TextField.class, spec -> spec.withLabel("收货人"));
        TextField mobile = _get(TextField.class, spec -> spec.withLabel("手机号码"));
        assertThat(recipient.getErrorMessage()).isEqualTo("请填写收货人");
        assertThat(mobile.isInvalid()).isFalse();
        assertThat(List.of(
                        recipient,
                        mobile,
                        _get(ComboBox.class, spec -> spec.withLabel("省份")),
                        _get(ComboBox.class, spec -> spec.withLabel("城市")),
                        _get(ComboBox.class, spec -> spec.withLabel("区县")),
                        _get(TextArea.class, spec -> spec.withLabel("详细地址"))))
                .allSatisfy(field -> assertThat(field.getElement().getProperty("required", false))
                        .as("aria-required on " + field.getElement().getProperty("label"))
                        .isTrue());
    }

    @SuppressWarnings("unchecked")
    private static void fill(
            String recipient, String mobile, String province, String city, String district, String detail) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("收货人")), recipient);
        _setValue(_get(TextField.class, spec -> spec.withLabel("手机号码")), mobile);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("省份")), province);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("城市")), city);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("区县")), district);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("详细地址")), detail);
    }

    private static String pageText() {
        return _get(AddressBookView.class).getElement().getTextRecursively();
    }

    private String shopper() {
        return TestShoppers.register(accounts, uniqueEmail("address-view"));
    }
}
