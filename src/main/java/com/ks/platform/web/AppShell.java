package com.ks.platform.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Build-free frontend: Lumo and the project's own stylesheet, served from META-INF/resources (no Node). Server push
 * over websockets (XHR for client-to-server messages) lets the workbench's queues change without a reload.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ks.css")
@StyleSheet("styles/shopping.css")
@StyleSheet("styles/ordering.css")
@StyleSheet("styles/aftersales.css")
@StyleSheet("styles/reviews.css")
@StyleSheet("styles/help.css")
@StyleSheet("styles/desk.css")
@StyleSheet("styles/compliance.css")
@StyleSheet("styles/coupons.css")
@StyleSheet("styles/community.css")
@StyleSheet("styles/sign-in.css")
@StyleSheet("styles/loyalty.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "64x64");
        settings.addMetaTag("description", "Ks 下单平台 — 多商家在线购物平台");
    }
}
