package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.ui.FooterLink;
import org.springframework.stereotype.Component;

/** 帮助中心 in the storefront's footer. */
@Component
class HelpFooterLink implements FooterLink {

    @Override
    public String route() {
        return SupportRoutes.HELP;
    }

    @Override
    public String labelKey() {
        return "help.title";
    }
}
