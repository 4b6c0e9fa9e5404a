package com.ks.platform.identity.ui;

import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.Regions;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds or changes one of the shopper's addresses. The server checks every rule — on blur for the fields already
 * visited, and again on save — and its messages appear next to the fields; what was typed stays. Checkout opens it
 * too: {@code new AddressDialog(service, regions, null, saved -> …).open()}.
 */
public class AddressDialog extends Dialog {

    private final AddressService addresses;
    private final AddressDetails existing;
    private final Consumer<AddressDetails> onSaved;
    private final TextField recipient = new TextField();
    private final TextField mobile = new TextField();
    private final RegionFields region;
    private final TextArea detail = new TextArea();
    private final Checkbox makeDefault = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    /** @param existing the address to change, or null for a new one */
    public AddressDialog(
            AddressService addresses, Regions regions, AddressDetails existing, Consumer<AddressDetails> onSaved) {
        this.addresses = addresses;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("640px");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation(existing == null ? "address.addTitle" : "address.editTitle"));
        region = new RegionFields(
                regions,
                getTranslation("address.province"),
                getTranslation("address.city"),
                getTranslation("address.district"));
        recipient.setLabel(getTranslation("address.recipient"));
        recipient.setMaxLength(40);
        recipient.setAutocomplete(Autocomplete.NAME);
        mobile.setLabel(getTranslation("address.mobile"));
        mobile.setMaxLength(20);
        mobile.setAutocomplete(Autocomplete.TEL);
        detail.setLabel(getTranslation("address.detail"));
        detail.setHelperText(getTranslation("address.detailHelp"));
        detail.setMaxLength(120);
        makeDefault.setLabel(getTranslation("address.makeDefaultBox"));
        // marked and announced (aria-required) before anyone saves
        for (var required : new com.vaadin.flow.component.HasValue<?, ?>[] {
            recipient, mobile, region.province, region.city, region.district, detail
        }) {
            required.setRequiredIndicatorVisible(true);
        }
        bind();
        watch();

        FormLayout form =
                new FormLayout(recipient, mobile, region.province, region.city, region.district, detail, makeDefault);
        // labels above the fields at every width: beside a field on a phone they broke one character per line
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1, FormLayout.ResponsiveStep.LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("480px", 3, FormLayout.ResponsiveStep.LabelsPosition.TOP));
        form.setColspan(recipient, 1);
        form.setColspan(mobile, 2);
        form.setColspan(detail, 3);
        form.setColspan(makeDefault, 3);
        add(form);

        Button cancel = new Button(getTranslation("address.cancel"), click -> close());
        Button save = Buttons.submitting(new Button(getTranslation("address.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);

        if (existing != null) {
            draft.recipient = existing.recipient();
            draft.mobile = existing.mobile();
            draft.detail = existing.detail();
            draft.makeDefault = existing.isDefault();
            region.select(existing.provinceCode(), existing.cityCode(), existing.districtCode());
            if (existing.isDefault()) {
                // Some address must stay the default: another one is chosen instead of unticking this one.
                makeDefault.setEnabled(false);
                makeDefault.setHelperText(getTranslation("address.alreadyDefault"));
            }
        }
        binder.readBean(draft);
    }

    private void bind() {
        binder.forField(recipient).bind(d -> d.recipient, (d, v) -> d.recipient = v);
        binder.forField(mobile).bind(d -> d.mobile, (d, v) -> d.mobile = v);
        binder.forField(detail).bind(d -> d.detail, (d, v) -> d.detail = v);
        binder.forField(makeDefault).bind(d -> d.makeDefault, (d, v) -> d.makeDefault = v);
        fields.put("recipient", recipient);
        fields.put("mobile", mobile);
        fields.put("provinceCode", region.province);
        fields.put("cityCode", region.city);
        fields.put("districtCode", region.district);
        fields.put("detail", detail);
    }

    private void watch() {
        watch("recipient", recipient);
        watch("mobile", mobile);
        watch("provinceCode", region.province);
        watch("cityCode", region.city);
        watch("districtCode", region.district);
        watch("detail", detail);
    }

    private void watch(String name, BlurNotifier<?> field) {
        field.addBlurListener(blur -> {
            touched.add(name);
            showErrors(addresses.check(form()));
        });
    }

    private AddressForm form() {
        binder.writeBeanIfValid(draft);
        return new AddressForm(
                draft.recipient,
                draft.mobile,
                region.provinceCode(),
                region.cityCode(),
                region.districtCode(),
                draft.detail,
                draft.makeDefault);
    }

    private void save() {
        try {
            AddressDetails saved = existing == null ? addresses.add(form()) : addresses.update(existing.id(), form());
            Notices.success("address.saved");
            close();
            onSaved.accept(saved);
        } catch (RuleViolated violation) {
            touched.addAll(fields.keySet());
            if (!showErrors(violation.fieldErrors())) {
                Notices.error(violation);
            }
        } catch (NotFound gone) {
            Notices.error(gone);
            close();
        }
    }

    private boolean showErrors(Map<String, String> errors) {
        Map<String, String> visible = new LinkedHashMap<>();
        errors.forEach((field, key) -> {
            if (touched.contains(field)) {
                visible.put(field, key);
            }
        });
        return FieldErrors.show(visible, fields);
    }

    /** The Binder's bean: the typed values; region codes come from the pickers. */
    private static final class Draft {
        private String recipient = "";
        private String mobile = "";
        private String detail = "";
        private boolean makeDefault;
    }
}
