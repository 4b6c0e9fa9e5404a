package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantOnboardingService;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantSignUp;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.SignInHints;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** 商家入驻: a company applies to sell; it waits for qualification review before it can publish anything. */
@Route(value = MerchantRoutes.SIGN_UP, layout = StorefrontLayout.class)
@AnonymousAllowed
public class MerchantSignUpView extends Div implements HasDynamicTitle {

    private final MerchantOnboardingService onboarding;
    private final TextField storeName = new TextField();
    private final TextField companyName = new TextField();
    private final TextField creditCode = new TextField();
    private final TextField legalRepresentative = new TextField();
    private final TextField contactPhone = new TextField();
    private final Select<BusinessCategory> category = new Select<>();
    private final EmailField email = new EmailField();
    private final TextField contactName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox acceptPrivacy = new Checkbox();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public MerchantSignUpView(MerchantOnboardingService onboarding) {
        this.onboarding = onboarding;
        addClassName("ks-card");
        getStyle().set("max-width", "720px").set("margin", "24px auto");
        label(storeName, "storeName", 60);
        label(companyName, "companyName", 120);
        label(creditCode, "creditCode", 18);
        creditCode.setHelperText(getTranslation("merchantSignUp.creditCode.help"));
        label(legalRepresentative, "legalRepresentative", 60);
        label(contactPhone, "contactPhone", 20);
        category.setLabel(getTranslation("merchantSignUp.businessCategory"));
        category.setItems(BusinessCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        fields.put("businessCategory", category);
        email.setLabel(getTranslation("register.email"));
        fields.put("email", email);
        label(contactName, "contactName", 60);
        fields.put("displayName", fields.remove("contactName"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        fields.put("password", password);
        Span consent = new Span(getTranslation("register.acceptPrivacy") + " ");
        consent.add(new Anchor("privacy-policy", getTranslation("privacy.title")));
        acceptPrivacy.setLabelComponent(consent);

        FormLayout company =
                new FormLayout(storeName, category, companyName, creditCode, legalRepresentative, contactPhone);
        FormLayout owner = new FormLayout(email, contactName, password);
        company.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        owner.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        Button submit = Buttons.submitting(new Button(getTranslation("merchantSignUp.submit")), this::submit);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("merchantSignUp.intro"));
        intro.addClassName("ks-muted");
        add(
                new H2(getTranslation("merchantSignUp.title")),
                intro,
                new H3(getTranslation("merchantSignUp.company")),
                company,
                new H3(getTranslation("merchantSignUp.owner")),
                owner,
                acceptPrivacy,
                new Div(submit));
    }

    private void label(TextField field, String name, int maxLength) {
        field.setLabel(getTranslation("merchantSignUp." + name));
        field.setMaxLength(maxLength);
        fields.put(name, field);
    }

    private void submit() {
        try {
            onboarding.signUp(new MerchantSignUp(
                    email.getValue(),
                    contactName.getValue(),
                    password.getValue(),
                    storeName.getValue(),
                    companyName.getValue(),
                    creditCode.getValue(),
                    legalRepresentative.getValue(),
                    contactPhone.getValue(),
                    category.getValue(),
                    acceptPrivacy.getValue()));
            SignInHints.signedUp(email.getValue());
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (RuleViolated violation) {
            FieldErrors.show(violation, fields);
            if (violation.fieldErrors().containsKey("acceptPrivacyPolicy")) {
                Notices.error(violation.fieldErrors().get("acceptPrivacyPolicy"));
            }
        } catch (RateLimited limited) {
            Notices.error(limited);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("merchantSignUp.title");
    }
}
