package com.ks.platform.shared;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's JDBC event publication asks the database for its product name while the context is created (its
 * {@code databaseType} bean): with the database away that failed and the node never started (issue 22). The kind of
 * database is already in the JDBC URL, so the bean is made from it. jOOQ's dialect has the same need and the same
 * answer: {@link SharedConfiguration#dialectFromUrl}.
 */
@Component
class DatabaseKindFromUrl implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    private static final String MODULITH_DATABASE_TYPE_BEAN = "databaseType";
    private static final String MODULITH_DATABASE_TYPE_CLASS = "org.springframework.modulith.events.jdbc.DatabaseType";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        String kind = modulithDatabaseType(environment.getProperty("spring.datasource.url", ""));
        if (kind == null || !registry.containsBeanDefinition(MODULITH_DATABASE_TYPE_BEAN)) {
            return;
        }
        RootBeanDefinition fromUrl = new RootBeanDefinition();
        fromUrl.setBeanClassName(MODULITH_DATABASE_TYPE_CLASS);
        fromUrl.setFactoryMethodName("valueOf");
        fromUrl.getConstructorArgumentValues().addIndexedArgumentValue(0, kind);
        registry.removeBeanDefinition(MODULITH_DATABASE_TYPE_BEAN);
        registry.registerBeanDefinition(MODULITH_DATABASE_TYPE_BEAN, fromUrl);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

    static String modulithDatabaseType(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "POSTGRES";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "H2";
        }
        return null;
    }
}
