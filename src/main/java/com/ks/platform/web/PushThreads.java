package com.ks.platform.web;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Caps Atmosphere's (server push) thread pools: left alone they grow to ~200 platform threads on a 2-core node.
 * Atmosphere reads only the Vaadin servlet's init parameters, so they are set on its registration.
 */
@Component
class PushThreads implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration
                && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter("org.atmosphere.cpr.broadcaster.shareableThreadPool", "true");
            registration.addInitParameter("org.atmosphere.cpr.broadcaster.maxProcessingThreads", "8");
            registration.addInitParameter("org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads", "8");
            registration.addInitParameter("org.atmosphere.cpr.maxSchedulerThread", "4");
        }
        return bean;
    }
}
