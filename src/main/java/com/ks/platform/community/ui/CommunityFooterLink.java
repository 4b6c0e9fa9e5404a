package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.ui.FooterLink;
import org.springframework.stereotype.Component;

/** 社区 in the storefront's footer, for visitors and shoppers alike. */
@Component
class CommunityFooterLink implements FooterLink {

    @Override
    public String route() {
        return CommunityRoutes.FEED;
    }

    @Override
    public String labelKey() {
        return "community.title";
    }

    @Override
    public int order() {
        return 6;
    }
}
