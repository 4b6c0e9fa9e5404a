package com.ks.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** One button that offers the other language, labelled in that language so anyone can find it. */
public class LanguageSwitch extends Composite<Button> {

    public LanguageSwitch(LanguageSelection languages, Locale current) {
        boolean chinese = Translations.supported(current).equals(Translations.CHINESE);
        Button button = getContent();
        button.setText(chinese ? "English" : "简体中文");
        button.setIcon(VaadinIcon.GLOBE.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("ks-language-switch");
        button.getElement().setAttribute("aria-label", chinese ? "Switch to English" : "切换到简体中文");
        button.getElement().setAttribute("lang", chinese ? "en" : "zh-CN");
        button.addClickListener(click -> languages.switchTo(chinese ? Translations.ENGLISH : Translations.CHINESE));
    }
}
