/**
 * Customer service: tickets from every contact that needs a person, their routing and SLAs, the agents' workbench,
 * and the help centre's knowledge base.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "notification",
            "merchant",
            "catalog",
            "catalog :: search",
            "ordering",
            "payment",
            "credit",
            "aftersales",
            "promotion"
        })
package com.ks.platform.support;

import org.springframework.modulith.ApplicationModule;
