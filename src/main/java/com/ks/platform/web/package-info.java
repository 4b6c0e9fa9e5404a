/** The shell: five surfaces (layouts, menus), security chains, sign-in, language, errors, demo data. */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "merchant",
            "catalog",
            "compliance",
            "cart",
            "engagement",
            "ordering",
            "notification",
            "payment",
            "aftersales",
            "review",
            "support",
            "promotion",
            "support :: macros",
            "backup",
            "community",
            "promotion :: points",
            "promotion :: membership",
            "intrusion",
            "settings"
        })
package com.ks.platform.web;

import org.springframework.modulith.ApplicationModule;
