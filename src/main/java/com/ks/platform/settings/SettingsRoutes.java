package com.ks.platform.settings;

/** The settings module's routes, so other modules link without string literals. */
public final class SettingsRoutes {

    public static final String SETTINGS = "admin/settings";

    private SettingsRoutes() {}
}
